/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BulkProductChangesInput = {
  addTags?: Array<string> | null | undefined;
  categoryId?: string | number | null | undefined;
  isActive?: boolean | null | undefined;
  /** A percentage (e.g. "-10.00" lowers prices by 10 %), rounded to cents; a price never goes below 0.00. */
  priceChangePercent?: string | null | undefined;
  removeTags?: Array<string> | null | undefined;
};

export type CreateUserInput = {
  birthDate?: string | null | undefined;
  email: string;
  firstName: string;
  isActive?: boolean | null | undefined;
  lastName: string;
  password: string;
  phone?: string | null | undefined;
  role?: Role | null | undefined;
  username: string;
};

export type CreateWebhookInput = {
  events: Array<DomainEventKind>;
  /** http(s) URL. */
  url: string;
};

export type DateTimeFilter = {
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DecimalFilter = {
  equals?: string | null | undefined;
  gt?: string | null | undefined;
  gte?: string | null | undefined;
  lt?: string | null | undefined;
  lte?: string | null | undefined;
};

export type DeliveryStatus =
  /** Gave up after the last retry. */
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type DomainEventKind =
  | 'ORDER_CANCELLED'
  | 'ORDER_PLACED'
  | 'ORDER_STATUS_CHANGED'
  | 'ORDER_TRANSFERRED'
  /** Stock fell to or below LOW_STOCK_THRESHOLD. */
  | 'PRODUCT_STOCK_LOW'
  | 'PRODUCT_UPDATED'
  | 'USER_CREATED';

export type ExportFormat =
  | 'CSV'
  /** Newline-delimited JSON, one object per row. */
  | 'NDJSON';

export type ExportReportInput = {
  /** The report's arguments by name, as in Query.reports; ORDER_LINES takes from/to. */
  arguments?: Record<string, unknown> | null | undefined;
  format?: ExportFormat;
  report: ReportExportKind;
};

export type ImportUsersInput = {
  /** Rows per savepoint; a failing batch is retried row by row. */
  batchSize?: number | null | undefined;
  users: Array<CreateUserInput>;
};

export type IntFilter = {
  equals?: number | null | undefined;
  gt?: number | null | undefined;
  gte?: number | null | undefined;
  in?: Array<number> | null | undefined;
  lt?: number | null | undefined;
  lte?: number | null | undefined;
  notIn?: Array<number> | null | undefined;
};

export type JobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type LogInInput = {
  /** Username or email. */
  login: string;
  password: string;
};

export type OrderEventKind =
  | 'CANCELLED'
  | 'PLACED'
  | 'STATUS_CHANGED'
  | 'TRANSFERRED';

/** Every field given must match (AND); `or`/`not` nest. */
export type OrderFilter = {
  and?: Array<OrderFilter> | null | undefined;
  createdAt?: DateTimeFilter | null | undefined;
  customerId?: string | number | null | undefined;
  not?: OrderFilter | null | undefined;
  or?: Array<OrderFilter> | null | undefined;
  orderNumber?: StringFilter | null | undefined;
  /** Orders containing this product. */
  productId?: string | number | null | undefined;
  status?: Array<OrderStatus> | null | undefined;
  totalAmount?: DecimalFilter | null | undefined;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DELIVERED'
  | 'PENDING'
  | 'SHIPPED';

/** Every field given must match (AND); `and`/`or`/`not` nest. */
export type ProductFilter = {
  and?: Array<ProductFilter> | null | undefined;
  /** Products directly in this category. */
  categoryId?: string | number | null | undefined;
  /** true: stockQuantity > 0; false: out of stock. */
  inStock?: boolean | null | undefined;
  /** Inactive products are listed for admins only; for others this can only narrow the active ones. */
  isActive?: boolean | null | undefined;
  name?: StringFilter | null | undefined;
  not?: ProductFilter | null | undefined;
  /** Any of these; an empty list matches nothing. */
  or?: Array<ProductFilter> | null | undefined;
  price?: DecimalFilter | null | undefined;
  sku?: StringFilter | null | undefined;
  stockQuantity?: IntFilter | null | undefined;
  /** Products carrying all of these tags (compared trimmed and lower-cased). */
  tags?: Array<string> | null | undefined;
};

export type ReportExportKind =
  | 'CUSTOMER_RANKING'
  | 'CUSTOMER_SEGMENTS'
  | 'DATA_CONSISTENCY'
  | 'MONTHLY_SALES'
  /** Every order in the range, one row per order line, with customer and product (can be millions of rows). */
  | 'ORDER_LINES'
  | 'PRODUCT_SALES'
  | 'RUNNING_TOTALS'
  | 'SALES_RANKING'
  | 'TOP_CUSTOMERS';

export type Role =
  | 'ADMIN'
  | 'CUSTOMER';

/** String filter; every operator combines with AND. */
export type StringFilter = {
  contains?: string | null | undefined;
  endsWith?: string | null | undefined;
  equals?: string | null | undefined;
  in?: Array<string> | null | undefined;
  /** Case-insensitive for contains/startsWith/endsWith/equals. */
  insensitive?: boolean | null | undefined;
  notIn?: Array<string> | null | undefined;
  startsWith?: string | null | undefined;
};

export type UpdateProductInput = {
  /** null removes the product from its category. */
  categoryId?: string | number | null | undefined;
  cost?: string | null | undefined;
  description?: string | null | undefined;
  isActive?: boolean | null | undefined;
  name?: string | null | undefined;
  price?: string | null | undefined;
  sku?: string | null | undefined;
  tags?: Array<string> | null | undefined;
};

export type AdminLogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type AdminLogInMutation = { logIn: { token: string, user: { username: string, role: Role } } };

export type DashboardOverviewQueryVariables = Exact<{
  months: number;
  from: string;
  to: string;
}>;


export type DashboardOverviewQuery = { reports: { userStatistics: { totalUsers: number, activeUsers: number, registeredLast7Days: number }, monthlySales: Array<{ month: string, orderCount: number, revenue: string, revenueGrowth: number | null, isPartial: boolean }>, productSales: Array<{ quantitySold: number, revenue: string, product: { name: string } }>, customerSegments: { vip: Array<{ totalSpent: string, user: { username: string } }>, atRisk: Array<{ totalSpent: string, user: { username: string } }> }, salesRanking: Array<{ month: string, revenueRank: number, revenue: string, quantitySold: number, product: { name: string } }> } };

export type AdminConsistencyQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminConsistencyQuery = { reports: { dataConsistency: { checkedAt: string, totalIssues: number, issues: Array<{ kind: string, table: string, description: string, records: Array<Record<string, unknown>> }> } } };

export type AdminExportsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminExportsQuery = { reportExports: { nodes: Array<{ id: string, report: ReportExportKind, format: ExportFormat, status: JobStatus, progress: number, rowCount: number, error: string | null, downloadUrl: string | null, createdAt: string }> } };

export type AdminExportReportMutationVariables = Exact<{
  input: ExportReportInput;
}>;


export type AdminExportReportMutation = { exportReport: { id: string, status: JobStatus } };

export type AdminCancelExportMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelExportMutation = { cancelReportExport: { id: string, status: JobStatus } };

export type AdminWebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWebhooksQuery = { webhooks: Array<{ id: string, url: string, events: Array<DomainEventKind>, isActive: boolean, deliveries: { totalCount: number, nodes: Array<{ id: string, event: DomainEventKind, status: DeliveryStatus, attempts: number, responseStatus: number | null, lastError: string | null, createdAt: string }> } }> };

export type AdminCreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type AdminCreateWebhookMutation = { createWebhook: { secret: string, webhook: { id: string } } };

export type AdminRedeliverMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type AdminRedeliverMutation = { redeliverWebhook: { id: string, status: DeliveryStatus } };

export type AdminOrdersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type AdminOrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, rowId: number, orderNumber: string, status: OrderStatus, totalAmount: string, itemCount: number, createdAt: string, customer: { username: string } }> } };

export type AdminOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderQuery = { order: { id: string, orderNumber: string, status: OrderStatus, totalAmount: string, note: string | null, createdAt: string, confirmedAt: string | null, shippedAt: string | null, deliveredAt: string | null, cancelledAt: string | null, customer: { username: string, email: string }, items: Array<{ id: string, quantity: number, unitPrice: string, totalPrice: string, product: { name: string, sku: string } }> } | null };

export type AdminUpdateOrderStatusMutationVariables = Exact<{
  id: string | number;
  status: OrderStatus;
}>;


export type AdminUpdateOrderStatusMutation = { updateOrderStatus: { id: string, status: OrderStatus } };

export type AdminCancelOrderMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type AdminCancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus } };

export type AdminOrderEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AdminOrderEventsSubscription = { orderEvents: { kind: OrderEventKind, order: { id: string, rowId: number, orderNumber: string, status: OrderStatus, totalAmount: string, itemCount: number, createdAt: string, customer: { username: string } } } };

export type AdminProductsQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminProductsQuery = { products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, sku: string, name: string, price: string, stockQuantity: number, isActive: boolean, category: { name: string } | null }> } };

export type AdminCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoryTreeQuery = { categoryTree: Array<{ level: number, path: string, category: { id: string, name: string, productCount: number } }> };

export type AdminUpdateProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
}>;


export type AdminUpdateProductMutation = { updateProduct: { id: string, name: string, price: string, isActive: boolean } };

export type AdminAdjustStockMutationVariables = Exact<{
  productId: string | number;
  delta: number;
}>;


export type AdminAdjustStockMutation = { adjustStock: { id: string, stockQuantity: number } };

export type AdminUpdateProductsMutationVariables = Exact<{
  filter: ProductFilter;
  changes: BulkProductChangesInput;
  dryRun: boolean;
}>;


export type AdminUpdateProductsMutation = { updateProducts: { dryRun: boolean, count: number } };

export type AdminUsersQueryVariables = Exact<{
  search?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminUsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, username: string, email: string, role: Role, isActive: boolean, createdAt: string, orderCount: number }> } };

export type AdminSetUsersActiveMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  isActive: boolean;
}>;


export type AdminSetUsersActiveMutation = { setUsersActive: { count: number } };

export type AdminSoftDeleteUsersMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AdminSoftDeleteUsersMutation = { softDeleteUsers: { count: number } };

export type AdminImportUsersMutationVariables = Exact<{
  input: ImportUsersInput;
}>;


export type AdminImportUsersMutation = { importUsers: { createdCount: number, errors: Array<{ index: number, field: string | null, code: string, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AdminLogInDocument = new TypedDocumentString(`
    mutation AdminLogIn($input: LogInInput!) {
  logIn(input: $input) {
    token
    user {
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<AdminLogInMutation, AdminLogInMutationVariables>;
export const DashboardOverviewDocument = new TypedDocumentString(`
    query DashboardOverview($months: Int!, $from: DateTime!, $to: DateTime!) {
  reports {
    userStatistics {
      totalUsers
      activeUsers
      registeredLast7Days
    }
    monthlySales(months: $months) {
      month
      orderCount
      revenue
      revenueGrowth
      isPartial
    }
    productSales(from: $from, to: $to, limit: 10) {
      product {
        name
      }
      quantitySold
      revenue
    }
    customerSegments {
      vip {
        totalSpent
        user {
          username
        }
      }
      atRisk {
        totalSpent
        user {
          username
        }
      }
    }
    salesRanking(months: 3, topN: 3) {
      month
      revenueRank
      revenue
      quantitySold
      product {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const AdminConsistencyDocument = new TypedDocumentString(`
    query AdminConsistency {
  reports {
    dataConsistency {
      checkedAt
      totalIssues
      issues {
        kind
        table
        description
        records
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminConsistencyQuery, AdminConsistencyQueryVariables>;
export const AdminExportsDocument = new TypedDocumentString(`
    query AdminExports {
  reportExports(first: 20) {
    nodes {
      id
      report
      format
      status
      progress
      rowCount
      error
      downloadUrl
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminExportsQuery, AdminExportsQueryVariables>;
export const AdminExportReportDocument = new TypedDocumentString(`
    mutation AdminExportReport($input: ExportReportInput!) {
  exportReport(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminExportReportMutation, AdminExportReportMutationVariables>;
export const AdminCancelExportDocument = new TypedDocumentString(`
    mutation AdminCancelExport($id: ID!) {
  cancelReportExport(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminCancelExportMutation, AdminCancelExportMutationVariables>;
export const AdminWebhooksDocument = new TypedDocumentString(`
    query AdminWebhooks {
  webhooks {
    id
    url
    events
    isActive
    deliveries(first: 5) {
      totalCount
      nodes {
        id
        event
        status
        attempts
        responseStatus
        lastError
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminWebhooksQuery, AdminWebhooksQueryVariables>;
export const AdminCreateWebhookDocument = new TypedDocumentString(`
    mutation AdminCreateWebhook($input: CreateWebhookInput!) {
  createWebhook(input: $input) {
    secret
    webhook {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateWebhookMutation, AdminCreateWebhookMutationVariables>;
export const AdminRedeliverDocument = new TypedDocumentString(`
    mutation AdminRedeliver($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminRedeliverMutation, AdminRedeliverMutationVariables>;
export const AdminOrdersDocument = new TypedDocumentString(`
    query AdminOrders($first: Int!, $after: String, $filter: OrderFilter) {
  orders(
    first: $first
    after: $after
    filter: $filter
    orderBy: [{field: CREATED_AT, direction: DESC}]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      rowId
      orderNumber
      status
      totalAmount
      itemCount
      createdAt
      customer {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdminOrderDocument = new TypedDocumentString(`
    query AdminOrder($id: ID!) {
  order(id: $id) {
    id
    orderNumber
    status
    totalAmount
    note
    createdAt
    confirmedAt
    shippedAt
    deliveredAt
    cancelledAt
    customer {
      username
      email
    }
    items {
      id
      quantity
      unitPrice
      totalPrice
      product {
        name
        sku
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrderQuery, AdminOrderQueryVariables>;
export const AdminUpdateOrderStatusDocument = new TypedDocumentString(`
    mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!) {
  updateOrderStatus(id: $id, status: $status) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateOrderStatusMutation, AdminUpdateOrderStatusMutationVariables>;
export const AdminCancelOrderDocument = new TypedDocumentString(`
    mutation AdminCancelOrder($id: ID!, $reason: String) {
  cancelOrder(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AdminCancelOrderMutation, AdminCancelOrderMutationVariables>;
export const AdminOrderEventsDocument = new TypedDocumentString(`
    subscription AdminOrderEvents {
  orderEvents {
    kind
    order {
      id
      rowId
      orderNumber
      status
      totalAmount
      itemCount
      createdAt
      customer {
        username
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOrderEventsSubscription, AdminOrderEventsSubscriptionVariables>;
export const AdminProductsDocument = new TypedDocumentString(`
    query AdminProducts($search: String, $after: String) {
  products(
    first: 20
    after: $after
    search: $search
    orderBy: [{field: NAME, direction: ASC}]
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      sku
      name
      price
      stockQuantity
      isActive
      category {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminProductsQuery, AdminProductsQueryVariables>;
export const AdminCategoryTreeDocument = new TypedDocumentString(`
    query AdminCategoryTree {
  categoryTree {
    level
    path
    category {
      id
      name
      productCount
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCategoryTreeQuery, AdminCategoryTreeQueryVariables>;
export const AdminUpdateProductDocument = new TypedDocumentString(`
    mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) {
    id
    name
    price
    isActive
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateProductMutation, AdminUpdateProductMutationVariables>;
export const AdminAdjustStockDocument = new TypedDocumentString(`
    mutation AdminAdjustStock($productId: ID!, $delta: Int!) {
  adjustStock(
    productId: $productId
    delta: $delta
    reason: "Adjusted in the admin console"
  ) {
    id
    stockQuantity
  }
}
    `) as unknown as TypedDocumentString<AdminAdjustStockMutation, AdminAdjustStockMutationVariables>;
export const AdminUpdateProductsDocument = new TypedDocumentString(`
    mutation AdminUpdateProducts($filter: ProductFilter!, $changes: BulkProductChangesInput!, $dryRun: Boolean!) {
  updateProducts(filter: $filter, changes: $changes, dryRun: $dryRun) {
    dryRun
    count
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateProductsMutation, AdminUpdateProductsMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers($search: String, $after: String) {
  users(
    first: 25
    after: $after
    search: $search
    filter: {includeDeleted: false}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      username
      email
      role
      isActive
      createdAt
      orderCount
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminSetUsersActiveDocument = new TypedDocumentString(`
    mutation AdminSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {
  setUsersActive(ids: $ids, isActive: $isActive) {
    count
  }
}
    `) as unknown as TypedDocumentString<AdminSetUsersActiveMutation, AdminSetUsersActiveMutationVariables>;
export const AdminSoftDeleteUsersDocument = new TypedDocumentString(`
    mutation AdminSoftDeleteUsers($ids: [ID!]!) {
  softDeleteUsers(ids: $ids) {
    count
  }
}
    `) as unknown as TypedDocumentString<AdminSoftDeleteUsersMutation, AdminSoftDeleteUsersMutationVariables>;
export const AdminImportUsersDocument = new TypedDocumentString(`
    mutation AdminImportUsers($input: ImportUsersInput!) {
  importUsers(input: $input) {
    createdCount
    errors {
      index
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdminImportUsersMutation, AdminImportUsersMutationVariables>;