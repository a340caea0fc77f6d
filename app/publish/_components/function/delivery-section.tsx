"use client";
// Step 5 of a function brick: which contract bricks its output can go to, and how the output becomes
// a message of that contract — checked against each brick's ABI like a constructor mapping.
import { TextField } from "../text-field";

const FEEDS_EXAMPLE = '[{ "brick": "price-feed-oracle", "requiredMessages": ["report", "add_reporter"] }]';
const DELIVERY_EXAMPLE =
  '{ "message": "report", "output": { "type": "object", "required": ["value"], "properties": { "value": { "type": "integer", "minimum": 0 } } }, "args": { "value": { "kind": "field", "field": "value" } } }';

export function DeliverySection() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <TextField
        name="feedsText"
        label="Contract bricks it feeds (JSON list)"
        rows={8}
        mono
        help={`Each published contract brick the output may be delivered to, and the messages a target must answer. e.g. ${FEEDS_EXAMPLE}`}
      />
      <TextField
        name="deliveryText"
        label="Delivery mapping (JSON)"
        rows={8}
        mono
        help={`The message called with each run's output: the output's JSON Schema and, for every argument, where its value comes from (field names an output property). e.g. ${DELIVERY_EXAMPLE}`}
      />
    </div>
  );
}
