// Raw pallet-contracts host functions, with the exact signatures the dev chain accepts
// (see ../../../../shared/docs/CHAIN-ABI.md). AssemblyScript only emits the imports a contract
// actually uses, so declaring them all here costs nothing.
// Pointers are usize (i32 on wasm32); `out_len_ptr` arguments are in/out: capacity in, length out.

// ── call context ────────────────────────────────────────────────────────────────────────────
@external("seal0", "input")
export declare function seal_input(buf: usize, bufLenPtr: usize): void;
@external("seal0", "seal_return")
export declare function seal_return(flags: u32, data: usize, dataLen: u32): void;
@external("seal0", "caller")
export declare function seal_caller(out: usize, outLenPtr: usize): void;
@external("seal0", "address")
export declare function seal_address(out: usize, outLenPtr: usize): void;
@external("seal0", "balance")
export declare function seal_balance(out: usize, outLenPtr: usize): void;
@external("seal0", "value_transferred")
export declare function seal_value_transferred(out: usize, outLenPtr: usize): void;
@external("seal0", "now")
export declare function seal_now(out: usize, outLenPtr: usize): void;
@external("seal0", "minimum_balance")
export declare function seal_minimum_balance(out: usize, outLenPtr: usize): void;
@external("seal0", "block_number")
export declare function seal_block_number(out: usize, outLenPtr: usize): void;
@external("seal0", "own_code_hash")
export declare function seal_own_code_hash(out: usize, outLenPtr: usize): void;
@external("seal1", "gas_left")
export declare function seal_gas_left(out: usize, outLenPtr: usize): void;
@external("seal0", "caller_is_origin")
export declare function seal_caller_is_origin(): u32;
@external("seal0", "is_contract")
export declare function seal_is_contract(accountPtr: usize): u32;
@external("seal0", "code_hash")
export declare function seal_code_hash(accountPtr: usize, out: usize, outLenPtr: usize): u32;
@external("seal0", "reentrance_count")
export declare function seal_reentrance_count(): u32;

// ── storage (variable-length keys, up to 128 bytes) ─────────────────────────────────────────
@external("seal1", "get_storage")
export declare function seal_get_storage(key: usize, keyLen: u32, out: usize, outLenPtr: usize): u32;
@external("seal2", "set_storage")
export declare function seal_set_storage(key: usize, keyLen: u32, value: usize, valueLen: u32): i32;
@external("seal1", "clear_storage")
export declare function seal_clear_storage(key: usize, keyLen: u32): i32;
@external("seal1", "contains_storage")
export declare function seal_contains_storage(key: usize, keyLen: u32): i32;
@external("seal0", "take_storage")
export declare function seal_take_storage(key: usize, keyLen: u32, out: usize, outLenPtr: usize): u32;

// ── value, calls, instantiation ─────────────────────────────────────────────────────────────
@external("seal0", "transfer")
export declare function seal_transfer(account: usize, accountLen: u32, value: usize, valueLen: u32): u32;
@external("seal2", "call")
export declare function seal_call(
  flags: u32, callee: usize, refTime: u64, proofSize: u64, depositPtr: usize,
  value: usize, input: usize, inputLen: u32, out: usize, outLenPtr: usize,
): u32;
@external("seal0", "delegate_call")
export declare function seal_delegate_call(flags: u32, codeHash: usize, input: usize, inputLen: u32, out: usize, outLenPtr: usize): u32;
@external("seal2", "instantiate")
export declare function seal_instantiate(
  codeHash: usize, refTime: u64, proofSize: u64, depositPtr: usize, value: usize,
  input: usize, inputLen: u32, address: usize, addressLenPtr: usize, out: usize, outLenPtr: usize,
  salt: usize, saltLen: u32,
): u32;
@external("seal1", "terminate")
export declare function seal_terminate(beneficiary: usize): void;
@external("seal0", "set_code_hash")
export declare function seal_set_code_hash(codeHash: usize): u32;

// ── events, hashing, crypto, debugging ──────────────────────────────────────────────────────
@external("seal0", "deposit_event")
export declare function seal_deposit_event(topics: usize, topicsLen: u32, data: usize, dataLen: u32): void;
@external("seal0", "hash_blake2_256")
export declare function seal_hash_blake2_256(input: usize, len: u32, out: usize): void;
@external("seal0", "hash_blake2_128")
export declare function seal_hash_blake2_128(input: usize, len: u32, out: usize): void;
@external("seal0", "hash_sha2_256")
export declare function seal_hash_sha2_256(input: usize, len: u32, out: usize): void;
@external("seal0", "hash_keccak_256")
export declare function seal_hash_keccak_256(input: usize, len: u32, out: usize): void;
@external("seal0", "sr25519_verify")
export declare function seal_sr25519_verify(sig: usize, pub: usize, msgLen: u32, msg: usize): u32;
@external("seal0", "ecdsa_recover")
export declare function seal_ecdsa_recover(sig: usize, msgHash: usize, out: usize): u32;
@external("seal0", "debug_message")
export declare function seal_debug_message(str: usize, len: u32): u32;

/** Return flag: revert the state changes of this call. */
export const FLAG_REVERT: u32 = 1;
/** Call flags (CHAIN-ABI.md "Behaviour"). READ_ONLY (16) is not supported on this runtime. */
export const CALL_FORWARD_INPUT: u32 = 1;
export const CALL_CLONE_INPUT: u32 = 2;
export const CALL_TAIL_CALL: u32 = 4;
export const CALL_ALLOW_REENTRY: u32 = 8;
/** Return codes of call / instantiate / transfer. */
export const RC_SUCCESS: u32 = 0;
export const RC_CALLEE_TRAPPED: u32 = 1;
export const RC_CALLEE_REVERTED: u32 = 2;
export const RC_KEY_NOT_FOUND: u32 = 3;
export const RC_TRANSFER_FAILED: u32 = 5;
export const RC_CODE_NOT_FOUND: u32 = 7;
export const RC_NOT_CALLABLE: u32 = 8;
/** "No limit" / "skip output" sentinel for pointer arguments. */
export const SENTINEL: usize = 0xFFFFFFFF;
