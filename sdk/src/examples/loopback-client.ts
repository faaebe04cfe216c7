// For the seed 001 example test only: the SDK client, with the example's hard-coded baseUrl replaced by
// the loopback server the test started. Everything else is the real client.
import { IntegrationServiceClient as Client, type IntegrationServiceClientOptions } from "../index";

export const loopback = { baseUrl: "" };

export class IntegrationServiceClient extends Client {
  constructor(options: IntegrationServiceClientOptions) {
    if (!loopback.baseUrl) throw new Error("Set loopback.baseUrl before running the example");
    super({ ...options, baseUrl: loopback.baseUrl });
  }
}
