// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IPriceConsumer} from "./IPriceConsumer.sol";

/// @title Brickyard price feed oracle
/// @notice Trusted reporters publish a number in rounds; every report is delivered to one linked
/// consumer contract in the same transaction (if the consumer refuses it, the report is undone).
contract BrickPriceFeed is Ownable {
    error NotAReporter(address account);
    error AlreadyAReporter(address account);
    error NoReporters();
    error ZeroAddressReporter();

    event ReporterAdded(address account);
    event ReporterRemoved(address account);
    event AnswerUpdated(int256 indexed value, uint256 indexed roundId, uint256 updatedAt);

    string public description;
    uint8 public immutable decimals;
    IPriceConsumer public immutable consumer;
    mapping(address => bool) public isReporter;
    uint256 public latestRound;
    int256 public latestAnswer;
    uint256 public latestTimestamp;

    constructor(string memory description_, uint8 decimals_, address[] memory reporters, address consumer_)
        Ownable(msg.sender)
    {
        if (reporters.length == 0) revert NoReporters();
        description = description_;
        decimals = decimals_;
        consumer = IPriceConsumer(consumer_);
        for (uint256 i = 0; i < reporters.length; i++) _addReporter(reporters[i]);
    }

    /// @notice Publishes `value` as the next round and delivers it to the consumer (reporters only).
    function report(int256 value) external {
        if (!isReporter[msg.sender]) revert NotAReporter(msg.sender);
        uint256 roundId = ++latestRound;
        latestAnswer = value;
        latestTimestamp = block.timestamp;
        emit AnswerUpdated(value, roundId, block.timestamp);
        consumer.onPrice(roundId, value, block.timestamp);
    }

    function addReporter(address account) external onlyOwner {
        _addReporter(account);
    }

    function removeReporter(address account) external onlyOwner {
        if (!isReporter[account]) revert NotAReporter(account);
        isReporter[account] = false;
        emit ReporterRemoved(account);
    }

    function _addReporter(address account) private {
        if (account == address(0)) revert ZeroAddressReporter();
        if (isReporter[account]) revert AlreadyAReporter(account);
        isReporter[account] = true;
        emit ReporterAdded(account);
    }
}
