import { builder } from './builder.js';
import './enums.js';
import './health.js';
import './user.js';
import './category.js';
import './category-tree.js';
import './product.js';
import './order.js';
import './audit-log.js';
import './auth.js';
import './user-mutations.js';
import './user-import.js';
import './category-mutations.js';
import './product-mutations.js';
import './order-mutations.js';
import './maintenance-mutations.js';

export const schema = builder.toSchema({ sortSchema: false });
