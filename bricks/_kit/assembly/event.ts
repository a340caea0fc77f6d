// ink! v5 events: topics[0] = the event's signature topic (blake2-256 of "Name(T1,T2,…)" with the
// field types as written in the spec); then one topic per indexed field: its SCALE encoding,
// zero-padded to 32 bytes, or blake2-256 of it when longer than 32 bytes. The event data is the
// SCALE encoding of all fields in order (indexed ones included). The generator emits a typed
// emit_<Event>() for each spec event; use this class directly for anything else.
import * as env from "./env";
import { U128 } from "./u128";
import { Bytes32, copy32 } from "./bytes32";
import { Encoder } from "./scale";

export class Event {
  /** Vec<Hash> of topics; byte 0 is the Compact count, filled in by emit(). */
  topics: Encoder = new Encoder(1 + 32 * 4);
  data: Encoder;
  count: u32 = 0;

  /** `signature` points to the 32-byte signature topic (generated constants), or 0 for an anonymous event. */
  constructor(signature: usize, dataCap: u32 = 96) {
    this.data = new Encoder(dataCap);
    this.topics.u8(0);
    if (signature != 0) this.topicRaw(signature);
  }

  /** Adds a topic from 32 bytes in memory. */
  topicRaw(ptr: usize): Event {
    copy32(this.topics.reserve(32), ptr);
    this.count++;
    return this;
  }
  /** Adds the topic for a value whose SCALE encoding is in `e` (padded, or hashed when > 32 bytes). */
  topicEncoded(e: Encoder): Event {
    const at = this.topics.reserve(32);
    if (e.len > 32) {
      env.seal_hash_blake2_256(e.ptr, e.len, at);
    } else {
      store<u64>(at, 0);
      store<u64>(at, 0, 8);
      store<u64>(at, 0, 16);
      store<u64>(at, 0, 24);
      memory.copy(at, e.ptr, e.len);
    }
    this.count++;
    return this;
  }
  topicBytes32(v: Bytes32): Event {
    return this.topicRaw(v.ptr);
  }
  topicOptionBytes32(v: Bytes32 | null): Event {
    return this.topicEncoded(new Encoder(33).optionBytes32(v));
  }
  topicU128(v: U128): Event {
    return this.topicEncoded(new Encoder(16).u128(v));
  }

  emit(): void {
    store<u8>(this.topics.ptr, <u8>(this.count << 2));
    env.seal_deposit_event(this.topics.ptr, this.topics.len, this.data.ptr, this.data.len);
  }
}
