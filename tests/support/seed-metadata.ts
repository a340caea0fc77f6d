// Integration setup file: every test file starts with the runtime metadata the global setup read from
// the dev chains, so its connections (test helpers and the services' pool) skip fetching it again.
import { inject } from "vitest";
import { seedMetadata } from "@/lib/chain/metadata-cache";

seedMetadata(inject("chainMetadata") ?? {});
