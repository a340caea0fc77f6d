// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title Example consumer of a Brickyard price feed
/// @notice Accepts values only from the feed its owner registered; refuses negative values, to show
/// that a consumer's refusal undoes the feed's report.
contract FeedConsumer is Ownable {
    error NotTheFeed(address caller);
    error NegativeValue(int256 value);

    event FeedSet(address feed);
    event PriceReceived(uint256 roundId, int256 value, uint256 updatedAt);

    address public feed;
    uint256 public lastRound;
    int256 public lastValue;
    uint256 public lastUpdatedAt;

    constructor() Ownable(msg.sender) {}

    function setFeed(address feed_) external onlyOwner {
        feed = feed_;
        emit FeedSet(feed_);
    }

    function onPrice(uint256 roundId, int256 value, uint256 updatedAt) external {
        if (msg.sender != feed) revert NotTheFeed(msg.sender);
        if (value < 0) revert NegativeValue(value);
        lastRound = roundId;
        lastValue = value;
        lastUpdatedAt = updatedAt;
        emit PriceReceived(roundId, value, updatedAt);
    }
}
