/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        username\n        role\n      }\n    }\n  }\n": typeof types.AdminLogInDocument,
    "\n  query DashboardOverview($months: Int!, $from: DateTime!, $to: DateTime!) {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        registeredLast7Days\n      }\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        revenueGrowth\n        isPartial\n      }\n      productSales(from: $from, to: $to, limit: 10) {\n        product {\n          name\n        }\n        quantitySold\n        revenue\n      }\n      customerSegments {\n        vip {\n          totalSpent\n          user {\n            username\n          }\n        }\n        atRisk {\n          totalSpent\n          user {\n            username\n          }\n        }\n      }\n      salesRanking(months: 3, topN: 3) {\n        month\n        revenueRank\n        revenue\n        quantitySold\n        product {\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query AdminConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n": typeof types.AdminConsistencyDocument,
    "\n  query AdminExports {\n    reportExports(first: 20) {\n      nodes {\n        id\n        report\n        format\n        status\n        progress\n        rowCount\n        error\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminExportsDocument,
    "\n  mutation AdminExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.AdminExportReportDocument,
    "\n  mutation AdminCancelExport($id: ID!) {\n    cancelReportExport(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AdminCancelExportDocument,
    "\n  query AdminWebhooks {\n    webhooks {\n      id\n      url\n      events\n      isActive\n      deliveries(first: 5) {\n        totalCount\n        nodes {\n          id\n          event\n          status\n          attempts\n          responseStatus\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminWebhooksDocument,
    "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": typeof types.AdminCreateWebhookDocument,
    "\n  mutation AdminRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": typeof types.AdminRedeliverDocument,
    "\n  query AdminOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        createdAt\n        customer {\n          username\n        }\n      }\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      id\n      orderNumber\n      status\n      totalAmount\n      note\n      createdAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      customer {\n        username\n        email\n      }\n      items {\n        id\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          name\n          sku\n        }\n      }\n    }\n  }\n": typeof types.AdminOrderDocument,
    "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": typeof types.AdminUpdateOrderStatusDocument,
    "\n  mutation AdminCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.AdminCancelOrderDocument,
    "\n  subscription AdminOrderEvents {\n    orderEvents {\n      kind\n      order {\n        id\n        rowId\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        createdAt\n        customer {\n          username\n        }\n      }\n    }\n  }\n": typeof types.AdminOrderEventsDocument,
    "\n  query AdminProducts($search: String, $after: String) {\n    products(first: 20, after: $after, search: $search, orderBy: [{ field: NAME, direction: ASC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        sku\n        name\n        price\n        stockQuantity\n        isActive\n        category {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  query AdminCategoryTree {\n    categoryTree {\n      level\n      path\n      category {\n        id\n        name\n        productCount\n      }\n    }\n  }\n": typeof types.AdminCategoryTreeDocument,
    "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n      name\n      price\n      isActive\n    }\n  }\n": typeof types.AdminUpdateProductDocument,
    "\n  mutation AdminAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta, reason: \"Adjusted in the admin console\") {\n      id\n      stockQuantity\n    }\n  }\n": typeof types.AdminAdjustStockDocument,
    "\n  mutation AdminUpdateProducts($filter: ProductFilter!, $changes: BulkProductChangesInput!, $dryRun: Boolean!) {\n    updateProducts(filter: $filter, changes: $changes, dryRun: $dryRun) {\n      dryRun\n      count\n    }\n  }\n": typeof types.AdminUpdateProductsDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, after: $after, search: $search, filter: { includeDeleted: false }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        email\n        role\n        isActive\n        createdAt\n        orderCount\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  mutation AdminSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n": typeof types.AdminSetUsersActiveDocument,
    "\n  mutation AdminSoftDeleteUsers($ids: [ID!]!) {\n    softDeleteUsers(ids: $ids) {\n      count\n    }\n  }\n": typeof types.AdminSoftDeleteUsersDocument,
    "\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminImportUsersDocument,
};
const documents: Documents = {
    "\n  mutation AdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        username\n        role\n      }\n    }\n  }\n": types.AdminLogInDocument,
    "\n  query DashboardOverview($months: Int!, $from: DateTime!, $to: DateTime!) {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        registeredLast7Days\n      }\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        revenueGrowth\n        isPartial\n      }\n      productSales(from: $from, to: $to, limit: 10) {\n        product {\n          name\n        }\n        quantitySold\n        revenue\n      }\n      customerSegments {\n        vip {\n          totalSpent\n          user {\n            username\n          }\n        }\n        atRisk {\n          totalSpent\n          user {\n            username\n          }\n        }\n      }\n      salesRanking(months: 3, topN: 3) {\n        month\n        revenueRank\n        revenue\n        quantitySold\n        product {\n          name\n        }\n      }\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query AdminConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n": types.AdminConsistencyDocument,
    "\n  query AdminExports {\n    reportExports(first: 20) {\n      nodes {\n        id\n        report\n        format\n        status\n        progress\n        rowCount\n        error\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n": types.AdminExportsDocument,
    "\n  mutation AdminExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      id\n      status\n    }\n  }\n": types.AdminExportReportDocument,
    "\n  mutation AdminCancelExport($id: ID!) {\n    cancelReportExport(id: $id) {\n      id\n      status\n    }\n  }\n": types.AdminCancelExportDocument,
    "\n  query AdminWebhooks {\n    webhooks {\n      id\n      url\n      events\n      isActive\n      deliveries(first: 5) {\n        totalCount\n        nodes {\n          id\n          event\n          status\n          attempts\n          responseStatus\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminWebhooksDocument,
    "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n": types.AdminCreateWebhookDocument,
    "\n  mutation AdminRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n": types.AdminRedeliverDocument,
    "\n  query AdminOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        createdAt\n        customer {\n          username\n        }\n      }\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      id\n      orderNumber\n      status\n      totalAmount\n      note\n      createdAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      customer {\n        username\n        email\n      }\n      items {\n        id\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          name\n          sku\n        }\n      }\n    }\n  }\n": types.AdminOrderDocument,
    "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n": types.AdminUpdateOrderStatusDocument,
    "\n  mutation AdminCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.AdminCancelOrderDocument,
    "\n  subscription AdminOrderEvents {\n    orderEvents {\n      kind\n      order {\n        id\n        rowId\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        createdAt\n        customer {\n          username\n        }\n      }\n    }\n  }\n": types.AdminOrderEventsDocument,
    "\n  query AdminProducts($search: String, $after: String) {\n    products(first: 20, after: $after, search: $search, orderBy: [{ field: NAME, direction: ASC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        sku\n        name\n        price\n        stockQuantity\n        isActive\n        category {\n          name\n        }\n      }\n    }\n  }\n": types.AdminProductsDocument,
    "\n  query AdminCategoryTree {\n    categoryTree {\n      level\n      path\n      category {\n        id\n        name\n        productCount\n      }\n    }\n  }\n": types.AdminCategoryTreeDocument,
    "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n      name\n      price\n      isActive\n    }\n  }\n": types.AdminUpdateProductDocument,
    "\n  mutation AdminAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta, reason: \"Adjusted in the admin console\") {\n      id\n      stockQuantity\n    }\n  }\n": types.AdminAdjustStockDocument,
    "\n  mutation AdminUpdateProducts($filter: ProductFilter!, $changes: BulkProductChangesInput!, $dryRun: Boolean!) {\n    updateProducts(filter: $filter, changes: $changes, dryRun: $dryRun) {\n      dryRun\n      count\n    }\n  }\n": types.AdminUpdateProductsDocument,
    "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, after: $after, search: $search, filter: { includeDeleted: false }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        email\n        role\n        isActive\n        createdAt\n        orderCount\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  mutation AdminSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n": types.AdminSetUsersActiveDocument,
    "\n  mutation AdminSoftDeleteUsers($ids: [ID!]!) {\n    softDeleteUsers(ids: $ids) {\n      count\n    }\n  }\n": types.AdminSoftDeleteUsersDocument,
    "\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AdminImportUsersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        username\n        role\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminLogInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview($months: Int!, $from: DateTime!, $to: DateTime!) {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        registeredLast7Days\n      }\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        revenueGrowth\n        isPartial\n      }\n      productSales(from: $from, to: $to, limit: 10) {\n        product {\n          name\n        }\n        quantitySold\n        revenue\n      }\n      customerSegments {\n        vip {\n          totalSpent\n          user {\n            username\n          }\n        }\n        atRisk {\n          totalSpent\n          user {\n            username\n          }\n        }\n      }\n      salesRanking(months: 3, topN: 3) {\n        month\n        revenueRank\n        revenue\n        quantitySold\n        product {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').DashboardOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminConsistencyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminExports {\n    reportExports(first: 20) {\n      nodes {\n        id\n        report\n        format\n        status\n        progress\n        rowCount\n        error\n        downloadUrl\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminExportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminExportReport($input: ExportReportInput!) {\n    exportReport(input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AdminExportReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelExport($id: ID!) {\n    cancelReportExport(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AdminCancelExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWebhooks {\n    webhooks {\n      id\n      url\n      events\n      isActive\n      deliveries(first: 5) {\n        totalCount\n        nodes {\n          id\n          event\n          status\n          attempts\n          responseStatus\n          lastError\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminWebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateWebhook($input: CreateWebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminCreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRedeliver($deliveryId: ID!) {\n    redeliverWebhook(deliveryId: $deliveryId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AdminRedeliverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders($first: Int!, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        createdAt\n        customer {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrder($id: ID!) {\n    order(id: $id) {\n      id\n      orderNumber\n      status\n      totalAmount\n      note\n      createdAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      customer {\n        username\n        email\n      }\n      items {\n        id\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          name\n          sku\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AdminUpdateOrderStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql.js').AdminCancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AdminOrderEvents {\n    orderEvents {\n      kind\n      order {\n        id\n        rowId\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        createdAt\n        customer {\n          username\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminOrderEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts($search: String, $after: String) {\n    products(first: 20, after: $after, search: $search, orderBy: [{ field: NAME, direction: ASC }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        sku\n        name\n        price\n        stockQuantity\n        isActive\n        category {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategoryTree {\n    categoryTree {\n      level\n      path\n      category {\n        id\n        name\n        productCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminCategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n      name\n      price\n      isActive\n    }\n  }\n"): typeof import('./graphql.js').AdminUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta, reason: \"Adjusted in the admin console\") {\n      id\n      stockQuantity\n    }\n  }\n"): typeof import('./graphql.js').AdminAdjustStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProducts($filter: ProductFilter!, $changes: BulkProductChangesInput!, $dryRun: Boolean!) {\n    updateProducts(filter: $filter, changes: $changes, dryRun: $dryRun) {\n      dryRun\n      count\n    }\n  }\n"): typeof import('./graphql.js').AdminUpdateProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($search: String, $after: String) {\n    users(first: 25, after: $after, search: $search, filter: { includeDeleted: false }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        username\n        email\n        role\n        isActive\n        createdAt\n        orderCount\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').AdminSetUsersActiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSoftDeleteUsers($ids: [ID!]!) {\n    softDeleteUsers(ids: $ids) {\n      count\n    }\n  }\n"): typeof import('./graphql.js').AdminSoftDeleteUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql.js').AdminImportUsersDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
