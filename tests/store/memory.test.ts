import { createMemoryStore } from '../../src/store/index.js';
import { storeContract } from './contract.js';

storeContract('memory', async () => createMemoryStore());
