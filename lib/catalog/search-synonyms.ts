// Words people type for the things bricks do, mapped to the words bricks are described with. A
// phrase on the left found in a search adds the terms on the right as an alternative match, so
// "send money to several people" finds the payment splitter and "nft" finds collectibles. Small on
// purpose: every entry is a real way someone asked for a brick.
export type TSynonym = { phrases: string[]; terms: string[][] };

export const SYNONYMS: TSynonym[] = [
  {
    phrases: ["nft", "nfts", "non fungible", "nonfungible", "collectible", "collectibles", "erc721", "psp34"],
    terms: [["collectible"], ["nft"], ["psp34"], ["erc721"]],
  },
  {
    phrases: [
      "multisig",
      "multi sig",
      "multisignature",
      "multi signature",
      "shared account",
      "shared wallet",
      "joint account",
    ],
    terms: [["shared", "account"], ["multisig"]],
  },
  {
    phrases: [
      "split payments",
      "split payment",
      "split money",
      "send money to several people",
      "pay several people",
      "several people",
      "many people",
      "multiple recipients",
      "revenue share",
      "share revenue",
      "share income",
      "royalty",
      "royalties",
    ],
    terms: [["payment", "splitter"]],
  },
  {
    phrases: ["dao", "daos", "governance", "vote", "voting", "proposal", "proposals"],
    terms: [["governance"], ["voting"], ["dao"]],
  },
  {
    phrases: ["coin", "currency", "erc20", "erc 20", "psp22", "my own token", "stablecoin"],
    terms: [["fungible", "token"]],
  },
  { phrases: ["whitelist", "kyc", "approved accounts", "permission", "permissions"], terms: [["allowlist"]] },
  { phrases: ["price", "prices", "price feed", "exchange rate", "data feed"], terms: [["oracle"]] },
  {
    phrases: ["lock up", "lockup", "timelock", "time lock", "unlock gradually", "salary", "cliff"],
    terms: [["vesting"]],
  },
  {
    phrases: ["hold payment", "safe payment", "deposit until", "middleman", "arbiter", "marketplace"],
    terms: [["escrow"]],
  },
];

/** Everyday words that carry no meaning in a search ("send money to several people" → money, people…). */
export const STOP_WORDS = new Set(
  "a an and are as at be by can for from how i in is it me my of on or our so that the this to we with want need i'd lets let".split(
    " ",
  ),
);
