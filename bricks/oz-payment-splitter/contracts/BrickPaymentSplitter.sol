// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title Brickyard payment splitter
/// @notice Splits every payment it receives (native token or any ERC-20) among fixed payees by
/// fixed shares; each payee (or anyone for them) releases what is due. OpenZeppelin Contracts 5
/// dropped its PaymentSplitter, so this is a small pull-payment splitter on OZ 5 primitives
/// (Address.sendValue, SafeERC20, ReentrancyGuard), following the OZ 4 accounting.
contract BrickPaymentSplitter is ReentrancyGuard {
    using SafeERC20 for IERC20;

    error NoPayees();
    error LengthMismatch(uint256 payees, uint256 shares);
    error ZeroAddressPayee();
    error ZeroShares(address account);
    error DuplicatePayee(address account);
    error NotAPayee(address account);
    error NothingDue(address account);

    event PaymentReceived(address from, uint256 amount);
    event PaymentReleased(address to, uint256 amount);
    event ERC20PaymentReleased(IERC20 indexed token, address to, uint256 amount);

    uint256 public immutable totalShares;
    uint256 public totalReleased;
    mapping(address => uint256) public shares;
    mapping(address => uint256) public released;
    mapping(IERC20 => uint256) public totalReleasedToken;
    mapping(IERC20 => mapping(address => uint256)) public releasedToken;
    address[] private _payees;

    constructor(address[] memory payees_, uint256[] memory shares_) payable {
        if (payees_.length == 0) revert NoPayees();
        if (payees_.length != shares_.length) revert LengthMismatch(payees_.length, shares_.length);
        uint256 total;
        for (uint256 i = 0; i < payees_.length; i++) {
            address account = payees_[i];
            if (account == address(0)) revert ZeroAddressPayee();
            if (shares_[i] == 0) revert ZeroShares(account);
            if (shares[account] != 0) revert DuplicatePayee(account);
            _payees.push(account);
            shares[account] = shares_[i];
            total += shares_[i];
        }
        totalShares = total;
    }

    receive() external payable {
        emit PaymentReceived(msg.sender, msg.value);
    }

    function payeeCount() external view returns (uint256) {
        return _payees.length;
    }

    function payee(uint256 index) external view returns (address) {
        return _payees[index];
    }

    /// @notice The native-token amount `account` can release now.
    function releasable(address account) public view returns (uint256) {
        return _pending(account, address(this).balance + totalReleased, released[account]);
    }

    /// @notice The amount of `token` that `account` can release now.
    function releasableToken(IERC20 token, address account) public view returns (uint256) {
        uint256 received = token.balanceOf(address(this)) + totalReleasedToken[token];
        return _pending(account, received, releasedToken[token][account]);
    }

    /// @notice Sends `account` its due share of the native token received so far.
    function release(address payable account) external nonReentrant {
        uint256 payment = releasable(account);
        if (payment == 0) revert NothingDue(account);
        released[account] += payment;
        totalReleased += payment;
        Address.sendValue(account, payment);
        emit PaymentReleased(account, payment);
    }

    /// @notice Sends `account` its due share of `token` received so far.
    function releaseToken(IERC20 token, address account) external nonReentrant {
        uint256 payment = releasableToken(token, account);
        if (payment == 0) revert NothingDue(account);
        releasedToken[token][account] += payment;
        totalReleasedToken[token] += payment;
        token.safeTransfer(account, payment);
        emit ERC20PaymentReleased(token, account, payment);
    }

    function _pending(address account, uint256 totalReceived, uint256 alreadyReleased) private view returns (uint256) {
        uint256 accountShares = shares[account];
        if (accountShares == 0) revert NotAPayee(account);
        return (totalReceived * accountShares) / totalShares - alreadyReleased;
    }
}
