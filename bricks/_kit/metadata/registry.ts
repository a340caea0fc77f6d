// The portable type table of ink! metadata (scale-info): every type gets an id; identical types
// (same path, params and definition) share one id. Display names are not part of a type.
import type { Field, Ty } from "./types";

interface PortableField {
  name?: string;
  type: number;
  typeName?: string;
  docs?: string[];
}
export interface PortableType {
  id: number;
  type: {
    def: Record<string, unknown>;
    path?: string[];
    params?: { name: string; type?: number }[];
    docs?: string[];
  };
}

export class TypeRegistry {
  readonly types: PortableType[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `ty`, registering it (and what it contains) on first use. */
  add(ty: Ty): number {
    const entry = this.portable(ty);
    const key = JSON.stringify(entry);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.types.length;
    this.ids.set(key, id);
    this.types.push({ id, type: entry });
    return id;
  }

  /** Registers a raw portable entry (for ink!'s storage marker types). */
  addRaw(entry: PortableType["type"]): number {
    const key = JSON.stringify(entry);
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.types.length;
    this.ids.set(key, id);
    this.types.push({ id, type: entry });
    return id;
  }

  private fields(fields: Field[]): PortableField[] {
    return fields.map((f) => {
      const out = (f.name !== undefined ? { name: f.name } : {}) as PortableField;
      out.type = this.add(f.type);
      if (f.typeName !== undefined) out.typeName = f.typeName;
      if (f.docs?.length) out.docs = f.docs;
      return out;
    });
  }

  private portable(ty: Ty): PortableType["type"] {
    const withMeta = (
      def: Record<string, unknown>,
      path?: string[],
      params?: { name: string; type: Ty | null }[],
      docs?: string[],
    ) => {
      const entry: PortableType["type"] = { def };
      if (params?.length)
        entry.params = params.map((p) => (p.type ? { name: p.name, type: this.add(p.type) } : { name: p.name }));
      if (path?.length) entry.path = path;
      if (docs?.length) entry.docs = docs;
      return entry;
    };
    switch (ty.kind) {
      case "primitive":
        return withMeta({ primitive: ty.prim });
      case "sequence":
        return withMeta({ sequence: { type: this.add(ty.of) } });
      case "array":
        return withMeta({ array: { len: ty.len, type: this.add(ty.of) } });
      case "tuple":
        return withMeta({ tuple: ty.of.map((x) => this.add(x)) });
      case "composite":
        return withMeta(
          { composite: ty.fields.length ? { fields: this.fields(ty.fields) } : {} },
          ty.path,
          ty.params,
          ty.docs,
        );
      case "variant":
        return withMeta(
          {
            variant: ty.variants.length
              ? {
                  variants: ty.variants.map((v) => {
                    const out: Record<string, unknown> = {};
                    if (v.fields.length) out.fields = this.fields(v.fields);
                    out.index = v.index;
                    out.name = v.name;
                    if (v.docs?.length) out.docs = v.docs;
                    return out;
                  }),
                }
              : {},
          },
          ty.path,
          ty.params,
          ty.docs,
        );
    }
  }
}
