// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {ERC20Capped} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Capped.sol";
import {ERC20Pausable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Pausable.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Brickyard fungible token (ERC-20)
/// @notice An ERC-20 token built from OpenZeppelin Contracts 5: an optional supply cap, optional
/// owner minting, optional burning and an optional pause switch, each chosen once at deployment.
contract BrickToken is ERC20, ERC20Burnable, ERC20Capped, ERC20Pausable, Ownable {
    /// Minting was switched off when the token was created.
    error MintingDisabled();
    /// Burning was switched off when the token was created.
    error BurningDisabled();
    /// Pausing was switched off when the token was created.
    error PausingDisabled();

    uint8 private immutable _decimals;
    bool public immutable mintable;
    bool public immutable burnable;
    bool public immutable pausable;

    /// @param cap_ the most tokens that can ever exist, in base units; 0 means no cap.
    constructor(
        string memory name_,
        string memory symbol_,
        uint8 decimals_,
        uint256 initialSupply,
        uint256 cap_,
        bool mintable_,
        bool burnable_,
        bool pausable_,
        address owner_
    ) ERC20(name_, symbol_) ERC20Capped(cap_ == 0 ? type(uint256).max : cap_) Ownable(owner_) {
        _decimals = decimals_;
        mintable = mintable_;
        burnable = burnable_;
        pausable = pausable_;
        if (initialSupply > 0) _mint(owner_, initialSupply);
    }

    function decimals() public view override returns (uint8) {
        return _decimals;
    }

    /// @notice Creates `amount` new tokens for `to` (owner only, if minting is on; never past the cap).
    function mint(address to, uint256 amount) external onlyOwner {
        if (!mintable) revert MintingDisabled();
        _mint(to, amount);
    }

    function burn(uint256 value) public override {
        if (!burnable) revert BurningDisabled();
        super.burn(value);
    }

    function burnFrom(address account, uint256 value) public override {
        if (!burnable) revert BurningDisabled();
        super.burnFrom(account, value);
    }

    /// @notice Stops every transfer, mint and burn until unpaused (owner only, if pausing is on).
    function pause() external onlyOwner {
        if (!pausable) revert PausingDisabled();
        _pause();
    }

    function unpause() external onlyOwner {
        if (!pausable) revert PausingDisabled();
        _unpause();
    }

    function _update(address from, address to, uint256 value) internal override(ERC20, ERC20Capped, ERC20Pausable) {
        super._update(from, to, value);
    }
}
