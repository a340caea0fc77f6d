// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// What a contract linked to a Brickyard price feed must answer.
interface IPriceConsumer {
    /// Called by the feed with every new round; revert to refuse the value (the report is undone).
    function onPrice(uint256 roundId, int256 value, uint256 updatedAt) external;

    /// The feed this consumer accepts values from.
    function feed() external view returns (address);

    /// Registers the feed (the consumer's owner signs this in the link step).
    function setFeed(address feed_) external;
}
