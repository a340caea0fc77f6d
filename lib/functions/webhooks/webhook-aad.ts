/** The additional data a webhook secret is sealed with: it opens only on its own instance's row. */
export const webhookAad = (instanceId: string) => `webhook:${instanceId}`;
