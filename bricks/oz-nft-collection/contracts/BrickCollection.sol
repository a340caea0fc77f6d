// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Brickyard NFT collection (ERC-721)
/// @notice Numbered, unique items (1, 2, 3, …) that the owner mints, up to an optional maximum supply;
/// each item's metadata lives at base URI + its number. Built from OpenZeppelin Contracts 5.
contract BrickCollection is ERC721, Ownable {
    /// The collection already holds its maximum number of items.
    error MaxSupplyReached(uint256 maxSupply);

    /// The most items that can ever exist; 0 means no limit.
    uint256 public immutable maxSupply;
    /// How many items were minted so far (the number of the latest item).
    uint256 public totalMinted;
    string private _base;

    event BaseURIChanged(string baseURI);

    constructor(string memory name_, string memory symbol_, string memory baseURI_, uint256 maxSupply_, address owner_)
        ERC721(name_, symbol_)
        Ownable(owner_)
    {
        maxSupply = maxSupply_;
        _base = baseURI_;
    }

    /// @notice Mints the next item to `to` (owner only) and returns its number.
    function mint(address to) external onlyOwner returns (uint256 tokenId) {
        if (maxSupply != 0 && totalMinted >= maxSupply) revert MaxSupplyReached(maxSupply);
        tokenId = ++totalMinted;
        _safeMint(to, tokenId);
    }

    /// @notice Moves the metadata of every item to a new base address (owner only).
    function setBaseURI(string calldata baseURI_) external onlyOwner {
        _base = baseURI_;
        emit BaseURIChanged(baseURI_);
    }

    function _baseURI() internal view override returns (string memory) {
        return _base;
    }
}
