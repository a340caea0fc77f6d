// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VestingWallet} from "@openzeppelin/contracts/finance/VestingWallet.sol";
import {VestingWalletCliff} from "@openzeppelin/contracts/finance/VestingWalletCliff.sol";

/// @title Brickyard vesting wallet with a cliff
/// @notice Holds the native token and ERC-20 tokens sent to it and releases them to the beneficiary
/// linearly over `duration` seconds, starting `startDelay` seconds after deployment; nothing is
/// released before the cliff. OpenZeppelin's VestingWallet + VestingWalletCliff, with the start
/// given relative to deployment so a form can fill it.
contract BrickVestingWallet is VestingWalletCliff {
    constructor(address beneficiary, uint64 startDelaySeconds, uint64 durationSeconds, uint64 cliffSeconds)
        payable
        VestingWallet(beneficiary, uint64(block.timestamp) + startDelaySeconds, durationSeconds)
        VestingWalletCliff(cliffSeconds)
    {}
}
