import { inMemoryStores } from '../fakes/in-memory-stores.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('in-memory twins', async () => ({
  stores: inMemoryStores(),
  cleanup: async () => {},
}));
