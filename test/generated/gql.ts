/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": typeof types.HealthDocument,
    "\n  query ViewerMe {\n    me {\n      rowId\n      role\n    }\n  }\n": typeof types.ViewerMeDocument,
    "\n  query ViewerAuditLog {\n    auditLog(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ViewerAuditLogDocument,
    "\n  mutation CliCreateAdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n": typeof types.CliCreateAdminLogInDocument,
    "\n  mutation AuthRateLimitLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        rowId\n      }\n    }\n  }\n": typeof types.AuthRateLimitLogInDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        username\n        email\n        phone\n        role\n        isActive\n        birthDate\n      }\n    }\n  }\n": typeof types.AuthSignUpDocument,
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        lastLoginAt\n      }\n    }\n  }\n": typeof types.AuthLogInDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.AuthChangePasswordDocument,
    "\n  mutation CatalogMutCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n": typeof types.CatalogMutCreateCategoryDocument,
    "\n  mutation CatalogMutUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n": typeof types.CatalogMutUpdateCategoryDocument,
    "\n  mutation CatalogMutDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.CatalogMutDeleteCategoryDocument,
    "\n  mutation AuthzCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.AuthzCreateCategoryDocument,
    "\n  mutation AuthzUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuthzUpdateCategoryDocument,
    "\n  mutation AuthzDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": typeof types.AuthzDeleteCategoryDocument,
    "\n  mutation AuthzCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.AuthzCreateProductDocument,
    "\n  mutation AuthzUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.AuthzUpdateProductDocument,
    "\n  mutation AuthzBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n": typeof types.AuthzBulkUpdatePricesDocument,
    "\n  mutation AuthzAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta) {\n      id\n    }\n  }\n": typeof types.AuthzAdjustStockDocument,
    "\n  mutation AuthzDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": typeof types.AuthzDeleteProductDocument,
    "\n  mutation AuthzPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n    }\n  }\n": typeof types.AuthzPlaceOrderDocument,
    "\n  mutation AuthzCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n    }\n  }\n": typeof types.AuthzCancelOrderDocument,
    "\n  mutation AuthzUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n    }\n  }\n": typeof types.AuthzUpdateOrderStatusDocument,
    "\n  mutation AuthzTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      id\n    }\n  }\n": typeof types.AuthzTransferOrderDocument,
    "\n  mutation AuthzCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n    }\n  }\n": typeof types.AuthzCleanupOldRecordsDocument,
    "\n  mutation CatalogMutCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      stockQuantity\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n": typeof types.CatalogMutCreateProductDocument,
    "\n  mutation CatalogMutUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n": typeof types.CatalogMutUpdateProductDocument,
    "\n  mutation CatalogMutBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n": typeof types.CatalogMutBulkUpdatePricesDocument,
    "\n  mutation CatalogMutAdjustStock($productId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(productId: $productId, delta: $delta, reason: $reason) {\n      rowId\n      stockQuantity\n    }\n  }\n": typeof types.CatalogMutAdjustStockDocument,
    "\n  mutation CatalogMutDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": typeof types.CatalogMutDeleteProductDocument,
    "\n  mutation MaintenanceCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n      cancelledOrders\n      inactiveUsers\n    }\n  }\n": typeof types.MaintenanceCleanupOldRecordsDocument,
    "\n  mutation ImportUsersRun($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      users {\n        rowId\n        username\n        email\n        role\n      }\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportUsersRunDocument,
    "\n  mutation OrderConcurrencyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      orderNumber\n      totalAmount\n    }\n  }\n": typeof types.OrderConcurrencyPlaceOrderDocument,
    "\n  mutation OrderConcurrencyCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      status\n    }\n  }\n": typeof types.OrderConcurrencyCancelDocument,
    "\n  mutation OrderConcurrencyStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      status\n    }\n  }\n": typeof types.OrderConcurrencyStatusDocument,
    "\n  mutation IdempotentPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      totalAmount\n      customer {\n        rowId\n      }\n    }\n  }\n": typeof types.IdempotentPlaceOrderDocument,
    "\n  mutation OrderMutPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      note\n      customer {\n        rowId\n      }\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      items {\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          rowId\n        }\n      }\n    }\n  }\n": typeof types.OrderMutPlaceOrderDocument,
    "\n  mutation OrderMutUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      rowId\n      status\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n    }\n  }\n": typeof types.OrderMutUpdateOrderStatusDocument,
    "\n  mutation OrderMutCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      rowId\n      status\n      cancelledAt\n    }\n  }\n": typeof types.OrderMutCancelOrderDocument,
    "\n  mutation OrderMutTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      rowId\n      customer {\n        rowId\n      }\n    }\n  }\n": typeof types.OrderMutTransferOrderDocument,
    "\n  mutation AuthzSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": typeof types.AuthzSignUpDocument,
    "\n  mutation AuthzLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": typeof types.AuthzLogInDocument,
    "\n  mutation AuthzChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.AuthzChangePasswordDocument,
    "\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n    }\n  }\n": typeof types.AuthzCreateUserDocument,
    "\n  mutation AuthzUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n    }\n  }\n": typeof types.AuthzUpdateUserDocument,
    "\n  mutation AuthzUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n    }\n  }\n": typeof types.AuthzUpdateProfileDocument,
    "\n  mutation AuthzImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n    }\n  }\n": typeof types.AuthzImportUsersDocument,
    "\n  mutation AuthzSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n": typeof types.AuthzSetUsersActiveDocument,
    "\n  mutation AuthzSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n    }\n  }\n": typeof types.AuthzSoftDeleteUserDocument,
    "\n  mutation AuthzRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n    }\n  }\n": typeof types.AuthzRestoreUserDocument,
    "\n  mutation AuthzDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n    }\n  }\n": typeof types.AuthzDeleteUserDocument,
    "\n  mutation UsersUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n      website\n      location\n      address {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      tags\n      preferences\n      taxId\n    }\n  }\n": typeof types.UsersUpdateProfileDocument,
    "\n  mutation UsersCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n      username\n      email\n      phone\n      role\n      isActive\n    }\n  }\n": typeof types.UsersCreateUserDocument,
    "\n  mutation UsersUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n      username\n      email\n      firstName\n      lastName\n      birthDate\n      phone\n      role\n      isActive\n      updatedAt\n    }\n  }\n": typeof types.UsersUpdateUserDocument,
    "\n  mutation UsersSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n": typeof types.UsersSetUsersActiveDocument,
    "\n  mutation UsersSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n": typeof types.UsersSoftDeleteUserDocument,
    "\n  mutation UsersRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n": typeof types.UsersRestoreUserDocument,
    "\n  mutation UsersDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n      deletedOrders\n      deletedOrderItems\n      deletedProfile\n    }\n  }\n": typeof types.UsersDeleteUserDocument,
    "\n  mutation UsersLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": typeof types.UsersLogInDocument,
    "\n  query OpsHealth {\n    health {\n      status\n      database\n      version\n    }\n  }\n": typeof types.OpsHealthDocument,
    "\n  query OpsMetricsHealth {\n    health {\n      status\n    }\n  }\n": typeof types.OpsMetricsHealthDocument,
    "\n  query OpsProductNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Product {\n        sku\n      }\n    }\n  }\n": typeof types.OpsProductNodeDocument,
    "\n  query OpsSlowProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n": typeof types.OpsSlowProductDocument,
    "\n  query OpsShutdownProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n": typeof types.OpsShutdownProductDocument,
    "\n  query ReadAccessMe {\n    me {\n      rowId\n    }\n  }\n": typeof types.ReadAccessMeDocument,
    "\n  query ReadAccessUser($id: ID!) {\n    user(id: $id) {\n      rowId\n      profile {\n        taxId\n      }\n    }\n  }\n": typeof types.ReadAccessUserDocument,
    "\n  query ReadAccessUserByEmail($email: EmailAddress!) {\n    userByEmail(email: $email) {\n      rowId\n    }\n  }\n": typeof types.ReadAccessUserByEmailDocument,
    "\n  query ReadAccessUserByUsername($username: String!) {\n    userByUsername(username: $username) {\n      rowId\n    }\n  }\n": typeof types.ReadAccessUserByUsernameDocument,
    "\n  query ReadAccessUsers($includeDeleted: Boolean) {\n    users(first: 100, filter: { includeDeleted: $includeDeleted }) {\n      totalCount\n      nodes {\n        rowId\n      }\n    }\n  }\n": typeof types.ReadAccessUsersDocument,
    "\n  query ReadAccessOrder($id: ID!) {\n    order(id: $id) {\n      rowId\n    }\n  }\n": typeof types.ReadAccessOrderDocument,
    "\n  query ReadAccessOrderByNumber($orderNumber: String!) {\n    orderByNumber(orderNumber: $orderNumber) {\n      rowId\n    }\n  }\n": typeof types.ReadAccessOrderByNumberDocument,
    "\n  query ReadAccessOrders {\n    orders(first: 100) {\n      totalCount\n      nodes {\n        rowId\n        customer {\n          rowId\n        }\n      }\n    }\n  }\n": typeof types.ReadAccessOrdersDocument,
    "\n  query ReadAccessAuditLog {\n    auditLog(first: 10) {\n      totalCount\n    }\n  }\n": typeof types.ReadAccessAuditLogDocument,
    "\n  query ReadAccessNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadAccessNodeDocument,
    "\n  query ReadAccessNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n    }\n  }\n": typeof types.ReadAccessNodesDocument,
    "\n  query ReadAccessProducts {\n    products(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.ReadAccessProductsDocument,
    "\n  query ReadAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        action\n        entity\n        entityId\n        changes\n        createdAt\n        actor {\n          rowId\n          username\n        }\n      }\n    }\n  }\n": typeof types.ReadAuditLogDocument,
    "\n  query CatalogCategoryFields($id: ID!) {\n    category(id: $id) {\n      id\n      rowId\n      name\n      slug\n      description\n      path\n      depth\n      productCount\n      parent {\n        name\n      }\n      children {\n        name\n      }\n    }\n  }\n": typeof types.CatalogCategoryFieldsDocument,
    "\n  query CatalogCategoryBySlug($slug: String!) {\n    categoryBySlug(slug: $slug) {\n      rowId\n      path\n      depth\n    }\n  }\n": typeof types.CatalogCategoryBySlugDocument,
    "\n  query CatalogCategories($parentId: ID) {\n    categories(parentId: $parentId) {\n      name\n      path\n      depth\n      productCount\n    }\n  }\n": typeof types.CatalogCategoriesDocument,
    "\n  query CatalogCategoryTree {\n    categoryTree {\n      parentId\n      level\n      path\n      category {\n        id\n        rowId\n        name\n        path\n        depth\n        productCount\n        parent {\n          rowId\n        }\n        children {\n          rowId\n        }\n      }\n    }\n  }\n": typeof types.CatalogCategoryTreeDocument,
    "\n  query CatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $search: String\n    $orderBy: [ProductOrderBy!]\n  ) {\n    products(first: $first, after: $after, last: $last, before: $before, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          sku\n        }\n      }\n      nodes {\n        sku\n      }\n    }\n  }\n": typeof types.CatalogProductsDocument,
    "\n  query CatalogProductFields {\n    products(first: 100) {\n      nodes {\n        id\n        rowId\n        sku\n        name\n        description\n        price\n        cost\n        stockQuantity\n        isActive\n        tags\n        unitsSold\n        revenue\n        category {\n          name\n          path\n        }\n      }\n    }\n  }\n": typeof types.CatalogProductFieldsDocument,
    "\n  query CatalogProductLookups($id: ID!, $sku: String!) {\n    product(id: $id) {\n      sku\n      isActive\n      cost\n    }\n    productBySku(sku: $sku) {\n      sku\n      isActive\n      cost\n    }\n  }\n": typeof types.CatalogProductLookupsDocument,
    "\n  query CatalogCategoryProducts(\n    $id: ID!\n    $first: Int\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $orderBy: [ProductOrderBy!]\n    $includeDescendants: Boolean\n  ) {\n    category(id: $id) {\n      products(\n        first: $first\n        last: $last\n        before: $before\n        filter: $filter\n        orderBy: $orderBy\n        includeDescendants: $includeDescendants\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n": typeof types.CatalogCategoryProductsDocument,
    "\n  query CatalogRootCategoriesWithProducts {\n    categories {\n      name\n      products(first: 1, includeDescendants: true, orderBy: [{ field: PRICE, direction: DESC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n": typeof types.CatalogRootCategoriesWithProductsDocument,
    "\n  query CatalogStatementsProducts($first: Int) {\n    products(first: $first) {\n      totalCount\n      nodes {\n        sku\n        unitsSold\n        revenue\n        category {\n          path\n          depth\n          productCount\n        }\n      }\n    }\n  }\n": typeof types.CatalogStatementsProductsDocument,
    "\n  query CatalogStatementsNested($first: Int) {\n    categories {\n      path\n      productCount\n      children {\n        path\n        products(first: $first, includeDescendants: true, orderBy: [{ field: UNITS_SOLD, direction: DESC }]) {\n          totalCount\n          nodes {\n            unitsSold\n            revenue\n            category {\n              path\n              productCount\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogStatementsNestedDocument,
    "\n  query CatalogStatementsTree {\n    categoryTree {\n      level\n      category {\n        path\n        depth\n        productCount\n        parent {\n          name\n        }\n        children {\n          name\n        }\n      }\n    }\n  }\n": typeof types.CatalogStatementsTreeDocument,
    "\n  query ReadInputsOrdersByTotal($min: Decimal) {\n    orders(filter: { totalAmount: { gte: $min } }) {\n      totalCount\n    }\n  }\n": typeof types.ReadInputsOrdersByTotalDocument,
    "\n  query ReadInputsNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.ReadInputsNodeDocument,
    "\n  query ReadOrderFields($number: String!) {\n    orderByNumber(orderNumber: $number) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      itemCount\n      note\n      createdAt\n      updatedAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      customer {\n        rowId\n        username\n      }\n      items {\n        id\n        rowId\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          sku\n        }\n        order {\n          orderNumber\n        }\n      }\n    }\n  }\n": typeof types.ReadOrderFieldsDocument,
    "\n  query ReadOrdersFiltered($filter: OrderFilter, $orderBy: [OrderOrderBy!]) {\n    orders(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        orderNumber\n      }\n    }\n  }\n": typeof types.ReadOrdersFilteredDocument,
    "\n  query ReadCustomerOrders($id: ID!, $status: [OrderStatus!], $orderBy: [OrderOrderBy!]) {\n    user(id: $id) {\n      orders(status: $status, orderBy: $orderBy) {\n        totalCount\n        nodes {\n          orderNumber\n        }\n      }\n    }\n  }\n": typeof types.ReadCustomerOrdersDocument,
    "\n  query ReadPaginationUsers($first: Int, $after: String, $last: Int, $before: String, $orderBy: [UserOrderBy!]) {\n    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          rowId\n        }\n      }\n    }\n  }\n": typeof types.ReadPaginationUsersDocument,
    "\n  query ReadPaginationUserOrders($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    user(id: $id) {\n      orders(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: TOTAL_AMOUNT, direction: ASC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n          startCursor\n        }\n        nodes {\n          rowId\n        }\n      }\n    }\n  }\n": typeof types.ReadPaginationUserOrdersDocument,
    "\n  query CachedCatalog {\n    products(first: 50, orderBy: [{ field: PRICE, direction: ASC }]) {\n      totalCount\n      nodes {\n        sku\n        price\n        stockQuantity\n        unitsSold\n      }\n    }\n  }\n": typeof types.CachedCatalogDocument,
    "\n  query CachedProduct($id: ID!) {\n    product(id: $id) {\n      sku\n      price\n      stockQuantity\n      isActive\n    }\n  }\n": typeof types.CachedProductDocument,
    "\n  query CachedCategories {\n    categories {\n      name\n      productCount\n    }\n  }\n": typeof types.CachedCategoriesDocument,
    "\n  query CachedMe {\n    me {\n      username\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CachedMeDocument,
    "\n  mutation CacheUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n    }\n  }\n": typeof types.CacheUpdateProductDocument,
    "\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      rowId\n    }\n  }\n": typeof types.CacheCreateProductDocument,
    "\n  mutation CachePlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n    }\n  }\n": typeof types.CachePlaceOrderDocument,
    "\n  mutation CacheConfirmOrder($id: ID!) {\n    updateOrderStatus(id: $id, status: CONFIRMED) {\n      status\n    }\n  }\n": typeof types.CacheConfirmOrderDocument,
    "\n  query ReadStatementCountOrders($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        customer {\n          orderCount\n          totalSpent\n        }\n        items {\n          product {\n            category {\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadStatementCountOrdersDocument,
    "\n  query ReadStatementCountUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      edges {\n        node {\n          orderCount\n          averageOrderValue\n          ordersByStatus {\n            count\n          }\n          profile {\n            tags\n          }\n          orders(first: 3) {\n            totalCount\n            nodes {\n              itemCount\n              customer {\n                username\n              }\n              items {\n                product {\n                  unitsSold\n                  category {\n                    path\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadStatementCountUsersDocument,
    "\n  query ReadStatementCountShapeA {\n    products(first: 20) {\n      nodes {\n        name\n        sku\n        price\n        category {\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.ReadStatementCountShapeADocument,
    "\n  query ReadStatementCountShapeB($id: ID!) {\n    user(id: $id) {\n      orders(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        nodes {\n          orderNumber\n          status\n          totalAmount\n          items {\n            quantity\n            unitPrice\n            product {\n              name\n              sku\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReadStatementCountShapeBDocument,
    "\n  query ReadStatementCountShapeC {\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes {\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        customer {\n          username\n          email\n        }\n        items {\n          quantity\n        }\n      }\n    }\n  }\n": typeof types.ReadStatementCountShapeCDocument,
    "\n  query ReadUsersFiltered($filter: UserFilter, $search: String, $orderBy: [UserOrderBy!]) {\n    users(first: 100, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        username\n      }\n    }\n  }\n": typeof types.ReadUsersFilteredDocument,
    "\n  query ReadUserFields($id: ID!) {\n    user(id: $id) {\n      id\n      rowId\n      username\n      email\n      firstName\n      lastName\n      fullName\n      birthDate\n      phone\n      role\n      isActive\n      lastLoginAt\n      createdAt\n      updatedAt\n      deletedAt\n      orderCount\n      totalSpent\n      averageOrderValue\n      firstOrderAt\n      lastOrderAt\n      ordersByStatus {\n        status\n        count\n      }\n      profile {\n        bio\n        website\n        location\n        tags\n        preferences\n        taxId\n        address {\n          street\n          city\n          state\n          postalCode\n          country\n          type\n        }\n      }\n    }\n  }\n": typeof types.ReadUserFieldsDocument,
    "\n  query ReadUserStats {\n    users(first: 100) {\n      nodes {\n        rowId\n        orderCount\n        totalSpent\n        averageOrderValue\n        firstOrderAt\n        lastOrderAt\n        ordersByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.ReadUserStatsDocument,
    "\n  query ReportsAccessStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n      }\n    }\n  }\n": typeof types.ReportsAccessStatisticsDocument,
    "\n  query ReportsArgsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        totalSpent\n      }\n    }\n  }\n": typeof types.ReportsArgsTopCustomersDocument,
    "\n  query ReportsArgsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        spendingRank\n      }\n    }\n  }\n": typeof types.ReportsArgsCustomerRankingDocument,
    "\n  query ReportsArgsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        runningTotal\n      }\n    }\n  }\n": typeof types.ReportsArgsRunningTotalsDocument,
    "\n  query ReportsArgsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        revenue\n      }\n    }\n  }\n": typeof types.ReportsArgsProductSalesDocument,
    "\n  query ReportsArgsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n      }\n    }\n  }\n": typeof types.ReportsArgsMonthlySalesDocument,
    "\n  query ReportsArgsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n      }\n    }\n  }\n": typeof types.ReportsArgsSalesRankingDocument,
    "\n  query ReportsArgsRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n": typeof types.ReportsArgsRecentOrdersDocument,
    "\n  query ReportsArgsSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          totalSpent\n        }\n      }\n    }\n  }\n": typeof types.ReportsArgsSegmentsDocument,
    "\n  query ReportsArgsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n      }\n    }\n  }\n": typeof types.ReportsArgsActivityTrendDocument,
    "\n  query ReportsBatchingNestedRows($limit: Int) {\n    reports {\n      runningTotals(limit: $limit) {\n        runningTotal\n        order {\n          orderNumber\n          customer {\n            username\n          }\n          items {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n      }\n      salesRanking(months: 4) {\n        product {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReportsBatchingNestedRowsDocument,
    "\n  query ReportsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n        activityCount\n        previousMonthCount\n        growth\n      }\n    }\n  }\n": typeof types.ReportsActivityTrendDocument,
    "\n  query ReportsDataConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n": typeof types.ReportsDataConsistencyDocument,
    "\n  query ReportsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n": typeof types.ReportsTopCustomersDocument,
    "\n  query ReportsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n        spendingRank\n        orderCountRank\n        spendingPercentile\n      }\n    }\n  }\n": typeof types.ReportsCustomerRankingDocument,
    "\n  query ReportsUserLists {\n    reports {\n      usersWithoutOrders {\n        username\n      }\n      usersAboveAverageSpending {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n": typeof types.ReportsUserListsDocument,
    "\n  query ReportsIndexUsage {\n    reports {\n      indexUsage {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n      unusedIndexes {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n    }\n  }\n": typeof types.ReportsIndexUsageDocument,
    "\n  query ReportsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        product {\n          name\n        }\n        orderLines\n        quantitySold\n        revenue\n        averageSellingPrice\n        estimatedProfit\n      }\n    }\n  }\n": typeof types.ReportsProductSalesDocument,
    "\n  query ReportsProductsNeverOrdered {\n    reports {\n      productsNeverOrdered {\n        name\n      }\n    }\n  }\n": typeof types.ReportsProductsNeverOrderedDocument,
    "\n  query ReportsUserStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        inactiveUsers\n        registeredToday\n        registeredLast7Days\n      }\n    }\n  }\n": typeof types.ReportsUserStatisticsDocument,
    "\n  query ReportsUsersWithRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n": typeof types.ReportsUsersWithRecentOrdersDocument,
    "\n  query ReportsCustomerSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n        atRisk {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n      }\n    }\n  }\n": typeof types.ReportsCustomerSegmentsDocument,
    "\n  query ReportsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        order {\n          orderNumber\n        }\n        createdAt\n        totalAmount\n        runningTotal\n        runningAverage\n      }\n    }\n  }\n": typeof types.ReportsRunningTotalsDocument,
    "\n  query ReportsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        averageOrderValue\n        uniqueCustomers\n        revenueGrowth\n        isPartial\n      }\n    }\n  }\n": typeof types.ReportsMonthlySalesDocument,
    "\n  query ReportsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n        product {\n          name\n        }\n        quantitySold\n        revenue\n        revenueRank\n        quantityRank\n      }\n    }\n  }\n": typeof types.ReportsSalesRankingDocument,
};
const documents: Documents = {
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": types.HealthDocument,
    "\n  query ViewerMe {\n    me {\n      rowId\n      role\n    }\n  }\n": types.ViewerMeDocument,
    "\n  query ViewerAuditLog {\n    auditLog(first: 1) {\n      totalCount\n    }\n  }\n": types.ViewerAuditLogDocument,
    "\n  mutation CliCreateAdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n": types.CliCreateAdminLogInDocument,
    "\n  mutation AuthRateLimitLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        rowId\n      }\n    }\n  }\n": types.AuthRateLimitLogInDocument,
    "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        username\n        email\n        phone\n        role\n        isActive\n        birthDate\n      }\n    }\n  }\n": types.AuthSignUpDocument,
    "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        lastLoginAt\n      }\n    }\n  }\n": types.AuthLogInDocument,
    "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.AuthChangePasswordDocument,
    "\n  mutation CatalogMutCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n": types.CatalogMutCreateCategoryDocument,
    "\n  mutation CatalogMutUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n": types.CatalogMutUpdateCategoryDocument,
    "\n  mutation CatalogMutDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.CatalogMutDeleteCategoryDocument,
    "\n  mutation AuthzCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n": types.AuthzCreateCategoryDocument,
    "\n  mutation AuthzUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuthzUpdateCategoryDocument,
    "\n  mutation AuthzDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n": types.AuthzDeleteCategoryDocument,
    "\n  mutation AuthzCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": types.AuthzCreateProductDocument,
    "\n  mutation AuthzUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n    }\n  }\n": types.AuthzUpdateProductDocument,
    "\n  mutation AuthzBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n": types.AuthzBulkUpdatePricesDocument,
    "\n  mutation AuthzAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta) {\n      id\n    }\n  }\n": types.AuthzAdjustStockDocument,
    "\n  mutation AuthzDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": types.AuthzDeleteProductDocument,
    "\n  mutation AuthzPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n    }\n  }\n": types.AuthzPlaceOrderDocument,
    "\n  mutation AuthzCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n    }\n  }\n": types.AuthzCancelOrderDocument,
    "\n  mutation AuthzUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n    }\n  }\n": types.AuthzUpdateOrderStatusDocument,
    "\n  mutation AuthzTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      id\n    }\n  }\n": types.AuthzTransferOrderDocument,
    "\n  mutation AuthzCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n    }\n  }\n": types.AuthzCleanupOldRecordsDocument,
    "\n  mutation CatalogMutCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      stockQuantity\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n": types.CatalogMutCreateProductDocument,
    "\n  mutation CatalogMutUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n": types.CatalogMutUpdateProductDocument,
    "\n  mutation CatalogMutBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n": types.CatalogMutBulkUpdatePricesDocument,
    "\n  mutation CatalogMutAdjustStock($productId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(productId: $productId, delta: $delta, reason: $reason) {\n      rowId\n      stockQuantity\n    }\n  }\n": types.CatalogMutAdjustStockDocument,
    "\n  mutation CatalogMutDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n": types.CatalogMutDeleteProductDocument,
    "\n  mutation MaintenanceCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n      cancelledOrders\n      inactiveUsers\n    }\n  }\n": types.MaintenanceCleanupOldRecordsDocument,
    "\n  mutation ImportUsersRun($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      users {\n        rowId\n        username\n        email\n        role\n      }\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ImportUsersRunDocument,
    "\n  mutation OrderConcurrencyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      orderNumber\n      totalAmount\n    }\n  }\n": types.OrderConcurrencyPlaceOrderDocument,
    "\n  mutation OrderConcurrencyCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      status\n    }\n  }\n": types.OrderConcurrencyCancelDocument,
    "\n  mutation OrderConcurrencyStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      status\n    }\n  }\n": types.OrderConcurrencyStatusDocument,
    "\n  mutation IdempotentPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      totalAmount\n      customer {\n        rowId\n      }\n    }\n  }\n": types.IdempotentPlaceOrderDocument,
    "\n  mutation OrderMutPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      note\n      customer {\n        rowId\n      }\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      items {\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          rowId\n        }\n      }\n    }\n  }\n": types.OrderMutPlaceOrderDocument,
    "\n  mutation OrderMutUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      rowId\n      status\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n    }\n  }\n": types.OrderMutUpdateOrderStatusDocument,
    "\n  mutation OrderMutCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      rowId\n      status\n      cancelledAt\n    }\n  }\n": types.OrderMutCancelOrderDocument,
    "\n  mutation OrderMutTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      rowId\n      customer {\n        rowId\n      }\n    }\n  }\n": types.OrderMutTransferOrderDocument,
    "\n  mutation AuthzSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n": types.AuthzSignUpDocument,
    "\n  mutation AuthzLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": types.AuthzLogInDocument,
    "\n  mutation AuthzChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.AuthzChangePasswordDocument,
    "\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n    }\n  }\n": types.AuthzCreateUserDocument,
    "\n  mutation AuthzUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n    }\n  }\n": types.AuthzUpdateUserDocument,
    "\n  mutation AuthzUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n    }\n  }\n": types.AuthzUpdateProfileDocument,
    "\n  mutation AuthzImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n    }\n  }\n": types.AuthzImportUsersDocument,
    "\n  mutation AuthzSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n": types.AuthzSetUsersActiveDocument,
    "\n  mutation AuthzSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n    }\n  }\n": types.AuthzSoftDeleteUserDocument,
    "\n  mutation AuthzRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n    }\n  }\n": types.AuthzRestoreUserDocument,
    "\n  mutation AuthzDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n    }\n  }\n": types.AuthzDeleteUserDocument,
    "\n  mutation UsersUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n      website\n      location\n      address {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      tags\n      preferences\n      taxId\n    }\n  }\n": types.UsersUpdateProfileDocument,
    "\n  mutation UsersCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n      username\n      email\n      phone\n      role\n      isActive\n    }\n  }\n": types.UsersCreateUserDocument,
    "\n  mutation UsersUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n      username\n      email\n      firstName\n      lastName\n      birthDate\n      phone\n      role\n      isActive\n      updatedAt\n    }\n  }\n": types.UsersUpdateUserDocument,
    "\n  mutation UsersSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n": types.UsersSetUsersActiveDocument,
    "\n  mutation UsersSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n": types.UsersSoftDeleteUserDocument,
    "\n  mutation UsersRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n": types.UsersRestoreUserDocument,
    "\n  mutation UsersDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n      deletedOrders\n      deletedOrderItems\n      deletedProfile\n    }\n  }\n": types.UsersDeleteUserDocument,
    "\n  mutation UsersLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n": types.UsersLogInDocument,
    "\n  query OpsHealth {\n    health {\n      status\n      database\n      version\n    }\n  }\n": types.OpsHealthDocument,
    "\n  query OpsMetricsHealth {\n    health {\n      status\n    }\n  }\n": types.OpsMetricsHealthDocument,
    "\n  query OpsProductNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Product {\n        sku\n      }\n    }\n  }\n": types.OpsProductNodeDocument,
    "\n  query OpsSlowProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n": types.OpsSlowProductDocument,
    "\n  query OpsShutdownProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n": types.OpsShutdownProductDocument,
    "\n  query ReadAccessMe {\n    me {\n      rowId\n    }\n  }\n": types.ReadAccessMeDocument,
    "\n  query ReadAccessUser($id: ID!) {\n    user(id: $id) {\n      rowId\n      profile {\n        taxId\n      }\n    }\n  }\n": types.ReadAccessUserDocument,
    "\n  query ReadAccessUserByEmail($email: EmailAddress!) {\n    userByEmail(email: $email) {\n      rowId\n    }\n  }\n": types.ReadAccessUserByEmailDocument,
    "\n  query ReadAccessUserByUsername($username: String!) {\n    userByUsername(username: $username) {\n      rowId\n    }\n  }\n": types.ReadAccessUserByUsernameDocument,
    "\n  query ReadAccessUsers($includeDeleted: Boolean) {\n    users(first: 100, filter: { includeDeleted: $includeDeleted }) {\n      totalCount\n      nodes {\n        rowId\n      }\n    }\n  }\n": types.ReadAccessUsersDocument,
    "\n  query ReadAccessOrder($id: ID!) {\n    order(id: $id) {\n      rowId\n    }\n  }\n": types.ReadAccessOrderDocument,
    "\n  query ReadAccessOrderByNumber($orderNumber: String!) {\n    orderByNumber(orderNumber: $orderNumber) {\n      rowId\n    }\n  }\n": types.ReadAccessOrderByNumberDocument,
    "\n  query ReadAccessOrders {\n    orders(first: 100) {\n      totalCount\n      nodes {\n        rowId\n        customer {\n          rowId\n        }\n      }\n    }\n  }\n": types.ReadAccessOrdersDocument,
    "\n  query ReadAccessAuditLog {\n    auditLog(first: 10) {\n      totalCount\n    }\n  }\n": types.ReadAccessAuditLogDocument,
    "\n  query ReadAccessNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n": types.ReadAccessNodeDocument,
    "\n  query ReadAccessNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n    }\n  }\n": types.ReadAccessNodesDocument,
    "\n  query ReadAccessProducts {\n    products(first: 5) {\n      totalCount\n    }\n  }\n": types.ReadAccessProductsDocument,
    "\n  query ReadAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        action\n        entity\n        entityId\n        changes\n        createdAt\n        actor {\n          rowId\n          username\n        }\n      }\n    }\n  }\n": types.ReadAuditLogDocument,
    "\n  query CatalogCategoryFields($id: ID!) {\n    category(id: $id) {\n      id\n      rowId\n      name\n      slug\n      description\n      path\n      depth\n      productCount\n      parent {\n        name\n      }\n      children {\n        name\n      }\n    }\n  }\n": types.CatalogCategoryFieldsDocument,
    "\n  query CatalogCategoryBySlug($slug: String!) {\n    categoryBySlug(slug: $slug) {\n      rowId\n      path\n      depth\n    }\n  }\n": types.CatalogCategoryBySlugDocument,
    "\n  query CatalogCategories($parentId: ID) {\n    categories(parentId: $parentId) {\n      name\n      path\n      depth\n      productCount\n    }\n  }\n": types.CatalogCategoriesDocument,
    "\n  query CatalogCategoryTree {\n    categoryTree {\n      parentId\n      level\n      path\n      category {\n        id\n        rowId\n        name\n        path\n        depth\n        productCount\n        parent {\n          rowId\n        }\n        children {\n          rowId\n        }\n      }\n    }\n  }\n": types.CatalogCategoryTreeDocument,
    "\n  query CatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $search: String\n    $orderBy: [ProductOrderBy!]\n  ) {\n    products(first: $first, after: $after, last: $last, before: $before, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          sku\n        }\n      }\n      nodes {\n        sku\n      }\n    }\n  }\n": types.CatalogProductsDocument,
    "\n  query CatalogProductFields {\n    products(first: 100) {\n      nodes {\n        id\n        rowId\n        sku\n        name\n        description\n        price\n        cost\n        stockQuantity\n        isActive\n        tags\n        unitsSold\n        revenue\n        category {\n          name\n          path\n        }\n      }\n    }\n  }\n": types.CatalogProductFieldsDocument,
    "\n  query CatalogProductLookups($id: ID!, $sku: String!) {\n    product(id: $id) {\n      sku\n      isActive\n      cost\n    }\n    productBySku(sku: $sku) {\n      sku\n      isActive\n      cost\n    }\n  }\n": types.CatalogProductLookupsDocument,
    "\n  query CatalogCategoryProducts(\n    $id: ID!\n    $first: Int\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $orderBy: [ProductOrderBy!]\n    $includeDescendants: Boolean\n  ) {\n    category(id: $id) {\n      products(\n        first: $first\n        last: $last\n        before: $before\n        filter: $filter\n        orderBy: $orderBy\n        includeDescendants: $includeDescendants\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n": types.CatalogCategoryProductsDocument,
    "\n  query CatalogRootCategoriesWithProducts {\n    categories {\n      name\n      products(first: 1, includeDescendants: true, orderBy: [{ field: PRICE, direction: DESC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n": types.CatalogRootCategoriesWithProductsDocument,
    "\n  query CatalogStatementsProducts($first: Int) {\n    products(first: $first) {\n      totalCount\n      nodes {\n        sku\n        unitsSold\n        revenue\n        category {\n          path\n          depth\n          productCount\n        }\n      }\n    }\n  }\n": types.CatalogStatementsProductsDocument,
    "\n  query CatalogStatementsNested($first: Int) {\n    categories {\n      path\n      productCount\n      children {\n        path\n        products(first: $first, includeDescendants: true, orderBy: [{ field: UNITS_SOLD, direction: DESC }]) {\n          totalCount\n          nodes {\n            unitsSold\n            revenue\n            category {\n              path\n              productCount\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CatalogStatementsNestedDocument,
    "\n  query CatalogStatementsTree {\n    categoryTree {\n      level\n      category {\n        path\n        depth\n        productCount\n        parent {\n          name\n        }\n        children {\n          name\n        }\n      }\n    }\n  }\n": types.CatalogStatementsTreeDocument,
    "\n  query ReadInputsOrdersByTotal($min: Decimal) {\n    orders(filter: { totalAmount: { gte: $min } }) {\n      totalCount\n    }\n  }\n": types.ReadInputsOrdersByTotalDocument,
    "\n  query ReadInputsNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.ReadInputsNodeDocument,
    "\n  query ReadOrderFields($number: String!) {\n    orderByNumber(orderNumber: $number) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      itemCount\n      note\n      createdAt\n      updatedAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      customer {\n        rowId\n        username\n      }\n      items {\n        id\n        rowId\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          sku\n        }\n        order {\n          orderNumber\n        }\n      }\n    }\n  }\n": types.ReadOrderFieldsDocument,
    "\n  query ReadOrdersFiltered($filter: OrderFilter, $orderBy: [OrderOrderBy!]) {\n    orders(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        orderNumber\n      }\n    }\n  }\n": types.ReadOrdersFilteredDocument,
    "\n  query ReadCustomerOrders($id: ID!, $status: [OrderStatus!], $orderBy: [OrderOrderBy!]) {\n    user(id: $id) {\n      orders(status: $status, orderBy: $orderBy) {\n        totalCount\n        nodes {\n          orderNumber\n        }\n      }\n    }\n  }\n": types.ReadCustomerOrdersDocument,
    "\n  query ReadPaginationUsers($first: Int, $after: String, $last: Int, $before: String, $orderBy: [UserOrderBy!]) {\n    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          rowId\n        }\n      }\n    }\n  }\n": types.ReadPaginationUsersDocument,
    "\n  query ReadPaginationUserOrders($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    user(id: $id) {\n      orders(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: TOTAL_AMOUNT, direction: ASC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n          startCursor\n        }\n        nodes {\n          rowId\n        }\n      }\n    }\n  }\n": types.ReadPaginationUserOrdersDocument,
    "\n  query CachedCatalog {\n    products(first: 50, orderBy: [{ field: PRICE, direction: ASC }]) {\n      totalCount\n      nodes {\n        sku\n        price\n        stockQuantity\n        unitsSold\n      }\n    }\n  }\n": types.CachedCatalogDocument,
    "\n  query CachedProduct($id: ID!) {\n    product(id: $id) {\n      sku\n      price\n      stockQuantity\n      isActive\n    }\n  }\n": types.CachedProductDocument,
    "\n  query CachedCategories {\n    categories {\n      name\n      productCount\n    }\n  }\n": types.CachedCategoriesDocument,
    "\n  query CachedMe {\n    me {\n      username\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n": types.CachedMeDocument,
    "\n  mutation CacheUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n    }\n  }\n": types.CacheUpdateProductDocument,
    "\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      rowId\n    }\n  }\n": types.CacheCreateProductDocument,
    "\n  mutation CachePlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n    }\n  }\n": types.CachePlaceOrderDocument,
    "\n  mutation CacheConfirmOrder($id: ID!) {\n    updateOrderStatus(id: $id, status: CONFIRMED) {\n      status\n    }\n  }\n": types.CacheConfirmOrderDocument,
    "\n  query ReadStatementCountOrders($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        customer {\n          orderCount\n          totalSpent\n        }\n        items {\n          product {\n            category {\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadStatementCountOrdersDocument,
    "\n  query ReadStatementCountUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      edges {\n        node {\n          orderCount\n          averageOrderValue\n          ordersByStatus {\n            count\n          }\n          profile {\n            tags\n          }\n          orders(first: 3) {\n            totalCount\n            nodes {\n              itemCount\n              customer {\n                username\n              }\n              items {\n                product {\n                  unitsSold\n                  category {\n                    path\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadStatementCountUsersDocument,
    "\n  query ReadStatementCountShapeA {\n    products(first: 20) {\n      nodes {\n        name\n        sku\n        price\n        category {\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.ReadStatementCountShapeADocument,
    "\n  query ReadStatementCountShapeB($id: ID!) {\n    user(id: $id) {\n      orders(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        nodes {\n          orderNumber\n          status\n          totalAmount\n          items {\n            quantity\n            unitPrice\n            product {\n              name\n              sku\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ReadStatementCountShapeBDocument,
    "\n  query ReadStatementCountShapeC {\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes {\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        customer {\n          username\n          email\n        }\n        items {\n          quantity\n        }\n      }\n    }\n  }\n": types.ReadStatementCountShapeCDocument,
    "\n  query ReadUsersFiltered($filter: UserFilter, $search: String, $orderBy: [UserOrderBy!]) {\n    users(first: 100, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        username\n      }\n    }\n  }\n": types.ReadUsersFilteredDocument,
    "\n  query ReadUserFields($id: ID!) {\n    user(id: $id) {\n      id\n      rowId\n      username\n      email\n      firstName\n      lastName\n      fullName\n      birthDate\n      phone\n      role\n      isActive\n      lastLoginAt\n      createdAt\n      updatedAt\n      deletedAt\n      orderCount\n      totalSpent\n      averageOrderValue\n      firstOrderAt\n      lastOrderAt\n      ordersByStatus {\n        status\n        count\n      }\n      profile {\n        bio\n        website\n        location\n        tags\n        preferences\n        taxId\n        address {\n          street\n          city\n          state\n          postalCode\n          country\n          type\n        }\n      }\n    }\n  }\n": types.ReadUserFieldsDocument,
    "\n  query ReadUserStats {\n    users(first: 100) {\n      nodes {\n        rowId\n        orderCount\n        totalSpent\n        averageOrderValue\n        firstOrderAt\n        lastOrderAt\n        ordersByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.ReadUserStatsDocument,
    "\n  query ReportsAccessStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n      }\n    }\n  }\n": types.ReportsAccessStatisticsDocument,
    "\n  query ReportsArgsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        totalSpent\n      }\n    }\n  }\n": types.ReportsArgsTopCustomersDocument,
    "\n  query ReportsArgsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        spendingRank\n      }\n    }\n  }\n": types.ReportsArgsCustomerRankingDocument,
    "\n  query ReportsArgsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        runningTotal\n      }\n    }\n  }\n": types.ReportsArgsRunningTotalsDocument,
    "\n  query ReportsArgsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        revenue\n      }\n    }\n  }\n": types.ReportsArgsProductSalesDocument,
    "\n  query ReportsArgsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n      }\n    }\n  }\n": types.ReportsArgsMonthlySalesDocument,
    "\n  query ReportsArgsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n      }\n    }\n  }\n": types.ReportsArgsSalesRankingDocument,
    "\n  query ReportsArgsRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n": types.ReportsArgsRecentOrdersDocument,
    "\n  query ReportsArgsSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          totalSpent\n        }\n      }\n    }\n  }\n": types.ReportsArgsSegmentsDocument,
    "\n  query ReportsArgsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n      }\n    }\n  }\n": types.ReportsArgsActivityTrendDocument,
    "\n  query ReportsBatchingNestedRows($limit: Int) {\n    reports {\n      runningTotals(limit: $limit) {\n        runningTotal\n        order {\n          orderNumber\n          customer {\n            username\n          }\n          items {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n      }\n      salesRanking(months: 4) {\n        product {\n          name\n        }\n      }\n    }\n  }\n": types.ReportsBatchingNestedRowsDocument,
    "\n  query ReportsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n        activityCount\n        previousMonthCount\n        growth\n      }\n    }\n  }\n": types.ReportsActivityTrendDocument,
    "\n  query ReportsDataConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n": types.ReportsDataConsistencyDocument,
    "\n  query ReportsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n": types.ReportsTopCustomersDocument,
    "\n  query ReportsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n        spendingRank\n        orderCountRank\n        spendingPercentile\n      }\n    }\n  }\n": types.ReportsCustomerRankingDocument,
    "\n  query ReportsUserLists {\n    reports {\n      usersWithoutOrders {\n        username\n      }\n      usersAboveAverageSpending {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n": types.ReportsUserListsDocument,
    "\n  query ReportsIndexUsage {\n    reports {\n      indexUsage {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n      unusedIndexes {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n    }\n  }\n": types.ReportsIndexUsageDocument,
    "\n  query ReportsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        product {\n          name\n        }\n        orderLines\n        quantitySold\n        revenue\n        averageSellingPrice\n        estimatedProfit\n      }\n    }\n  }\n": types.ReportsProductSalesDocument,
    "\n  query ReportsProductsNeverOrdered {\n    reports {\n      productsNeverOrdered {\n        name\n      }\n    }\n  }\n": types.ReportsProductsNeverOrderedDocument,
    "\n  query ReportsUserStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        inactiveUsers\n        registeredToday\n        registeredLast7Days\n      }\n    }\n  }\n": types.ReportsUserStatisticsDocument,
    "\n  query ReportsUsersWithRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n": types.ReportsUsersWithRecentOrdersDocument,
    "\n  query ReportsCustomerSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n        atRisk {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n      }\n    }\n  }\n": types.ReportsCustomerSegmentsDocument,
    "\n  query ReportsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        order {\n          orderNumber\n        }\n        createdAt\n        totalAmount\n        runningTotal\n        runningAverage\n      }\n    }\n  }\n": types.ReportsRunningTotalsDocument,
    "\n  query ReportsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        averageOrderValue\n        uniqueCustomers\n        revenueGrowth\n        isPartial\n      }\n    }\n  }\n": types.ReportsMonthlySalesDocument,
    "\n  query ReportsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n        product {\n          name\n        }\n        quantitySold\n        revenue\n        revenueRank\n        quantityRank\n      }\n    }\n  }\n": types.ReportsSalesRankingDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n"): (typeof documents)["\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerMe {\n    me {\n      rowId\n      role\n    }\n  }\n"): (typeof documents)["\n  query ViewerMe {\n    me {\n      rowId\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerAuditLog {\n    auditLog(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ViewerAuditLog {\n    auditLog(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CliCreateAdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CliCreateAdminLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      user {\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRateLimitLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRateLimitLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      user {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        username\n        email\n        phone\n        role\n        isActive\n        birthDate\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        username\n        email\n        phone\n        role\n        isActive\n        birthDate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        lastLoginAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n      expiresAt\n      user {\n        rowId\n        lastLoginAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation AuthChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMutCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMutUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      rowId\n      name\n      slug\n      description\n      parent {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation CatalogMutDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation AuthzDeleteCategory($id: ID!) {\n    deleteCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzAdjustStock($productId: ID!, $delta: Int!) {\n    adjustStock(productId: $productId, delta: $delta) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"): (typeof documents)["\n  mutation AuthzDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      stockQuantity\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMutCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      stockQuantity\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMutUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n      sku\n      name\n      description\n      price\n      cost\n      isActive\n      tags\n      category {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMutBulkUpdatePrices($updates: [PriceUpdateInput!]!) {\n    bulkUpdatePrices(updates: $updates) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutAdjustStock($productId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(productId: $productId, delta: $delta, reason: $reason) {\n      rowId\n      stockQuantity\n    }\n  }\n"): (typeof documents)["\n  mutation CatalogMutAdjustStock($productId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(productId: $productId, delta: $delta, reason: $reason) {\n      rowId\n      stockQuantity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CatalogMutDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"): (typeof documents)["\n  mutation CatalogMutDeleteProduct($id: ID!) {\n    deleteProduct(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaintenanceCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n      cancelledOrders\n      inactiveUsers\n    }\n  }\n"): (typeof documents)["\n  mutation MaintenanceCleanupOldRecords($olderThanDays: Int, $dryRun: Boolean) {\n    cleanupOldRecords(olderThanDays: $olderThanDays, dryRun: $dryRun) {\n      dryRun\n      cancelledOrders\n      inactiveUsers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportUsersRun($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      users {\n        rowId\n        username\n        email\n        role\n      }\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportUsersRun($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n      users {\n        rowId\n        username\n        email\n        role\n      }\n      errors {\n        index\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderConcurrencyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      orderNumber\n      totalAmount\n    }\n  }\n"): (typeof documents)["\n  mutation OrderConcurrencyPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      orderNumber\n      totalAmount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderConcurrencyCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrderConcurrencyCancel($id: ID!) {\n    cancelOrder(id: $id) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderConcurrencyStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation OrderConcurrencyStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IdempotentPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      totalAmount\n      customer {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IdempotentPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n      totalAmount\n      customer {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderMutPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      note\n      customer {\n        rowId\n      }\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      items {\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          rowId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrderMutPlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      note\n      customer {\n        rowId\n      }\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      items {\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          rowId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderMutUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      rowId\n      status\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation OrderMutUpdateOrderStatus($id: ID!, $status: OrderStatus!) {\n    updateOrderStatus(id: $id, status: $status) {\n      rowId\n      status\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderMutCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      rowId\n      status\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation OrderMutCancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      rowId\n      status\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderMutTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      rowId\n      customer {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrderMutTransferOrder($id: ID!, $toUserId: ID!) {\n    transferOrder(id: $id, toUserId: $toUserId) {\n      rowId\n      customer {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation AuthzChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzImportUsers($input: ImportUsersInput!) {\n    importUsers(input: $input) {\n      createdCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthzDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthzDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n      website\n      location\n      address {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      tags\n      preferences\n      taxId\n    }\n  }\n"): (typeof documents)["\n  mutation UsersUpdateProfile($userId: ID, $input: UpdateProfileInput!) {\n    updateProfile(userId: $userId, input: $input) {\n      bio\n      website\n      location\n      address {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      tags\n      preferences\n      taxId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n      username\n      email\n      phone\n      role\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation UsersCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      rowId\n      username\n      email\n      phone\n      role\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n      username\n      email\n      firstName\n      lastName\n      birthDate\n      phone\n      role\n      isActive\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UsersUpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      rowId\n      username\n      email\n      firstName\n      lastName\n      birthDate\n      phone\n      role\n      isActive\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n"): (typeof documents)["\n  mutation UsersSetUsersActive($ids: [ID!]!, $isActive: Boolean!) {\n    setUsersActive(ids: $ids, isActive: $isActive) {\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UsersSoftDeleteUser($id: ID!) {\n    softDeleteUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UsersRestoreUser($id: ID!) {\n    restoreUser(id: $id) {\n      rowId\n      isActive\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n      deletedOrders\n      deletedOrderItems\n      deletedProfile\n    }\n  }\n"): (typeof documents)["\n  mutation UsersDeleteUser($id: ID!, $cascade: Boolean) {\n    deleteUser(id: $id, cascade: $cascade) {\n      deletedUserId\n      deletedOrders\n      deletedOrderItems\n      deletedProfile\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UsersLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation UsersLogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsHealth {\n    health {\n      status\n      database\n      version\n    }\n  }\n"): (typeof documents)["\n  query OpsHealth {\n    health {\n      status\n      database\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsMetricsHealth {\n    health {\n      status\n    }\n  }\n"): (typeof documents)["\n  query OpsMetricsHealth {\n    health {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsProductNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Product {\n        sku\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsProductNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Product {\n        sku\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsSlowProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsSlowProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsShutdownProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsShutdownProduct($id: ID!) {\n    node(id: $id) {\n      ... on Product {\n        sku\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessMe {\n    me {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessMe {\n    me {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessUser($id: ID!) {\n    user(id: $id) {\n      rowId\n      profile {\n        taxId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessUser($id: ID!) {\n    user(id: $id) {\n      rowId\n      profile {\n        taxId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessUserByEmail($email: EmailAddress!) {\n    userByEmail(email: $email) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessUserByEmail($email: EmailAddress!) {\n    userByEmail(email: $email) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessUserByUsername($username: String!) {\n    userByUsername(username: $username) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessUserByUsername($username: String!) {\n    userByUsername(username: $username) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessUsers($includeDeleted: Boolean) {\n    users(first: 100, filter: { includeDeleted: $includeDeleted }) {\n      totalCount\n      nodes {\n        rowId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessUsers($includeDeleted: Boolean) {\n    users(first: 100, filter: { includeDeleted: $includeDeleted }) {\n      totalCount\n      nodes {\n        rowId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessOrder($id: ID!) {\n    order(id: $id) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessOrder($id: ID!) {\n    order(id: $id) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessOrderByNumber($orderNumber: String!) {\n    orderByNumber(orderNumber: $orderNumber) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessOrderByNumber($orderNumber: String!) {\n    orderByNumber(orderNumber: $orderNumber) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessOrders {\n    orders(first: 100) {\n      totalCount\n      nodes {\n        rowId\n        customer {\n          rowId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessOrders {\n    orders(first: 100) {\n      totalCount\n      nodes {\n        rowId\n        customer {\n          rowId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessAuditLog {\n    auditLog(first: 10) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessAuditLog {\n    auditLog(first: 10) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAccessProducts {\n    products(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReadAccessProducts {\n    products(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        action\n        entity\n        entityId\n        changes\n        createdAt\n        actor {\n          rowId\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadAuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        rowId\n        action\n        entity\n        entityId\n        changes\n        createdAt\n        actor {\n          rowId\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategoryFields($id: ID!) {\n    category(id: $id) {\n      id\n      rowId\n      name\n      slug\n      description\n      path\n      depth\n      productCount\n      parent {\n        name\n      }\n      children {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategoryFields($id: ID!) {\n    category(id: $id) {\n      id\n      rowId\n      name\n      slug\n      description\n      path\n      depth\n      productCount\n      parent {\n        name\n      }\n      children {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategoryBySlug($slug: String!) {\n    categoryBySlug(slug: $slug) {\n      rowId\n      path\n      depth\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategoryBySlug($slug: String!) {\n    categoryBySlug(slug: $slug) {\n      rowId\n      path\n      depth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategories($parentId: ID) {\n    categories(parentId: $parentId) {\n      name\n      path\n      depth\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategories($parentId: ID) {\n    categories(parentId: $parentId) {\n      name\n      path\n      depth\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategoryTree {\n    categoryTree {\n      parentId\n      level\n      path\n      category {\n        id\n        rowId\n        name\n        path\n        depth\n        productCount\n        parent {\n          rowId\n        }\n        children {\n          rowId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategoryTree {\n    categoryTree {\n      parentId\n      level\n      path\n      category {\n        id\n        rowId\n        name\n        path\n        depth\n        productCount\n        parent {\n          rowId\n        }\n        children {\n          rowId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $search: String\n    $orderBy: [ProductOrderBy!]\n  ) {\n    products(first: $first, after: $after, last: $last, before: $before, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          sku\n        }\n      }\n      nodes {\n        sku\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogProducts(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $search: String\n    $orderBy: [ProductOrderBy!]\n  ) {\n    products(first: $first, after: $after, last: $last, before: $before, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          sku\n        }\n      }\n      nodes {\n        sku\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProductFields {\n    products(first: 100) {\n      nodes {\n        id\n        rowId\n        sku\n        name\n        description\n        price\n        cost\n        stockQuantity\n        isActive\n        tags\n        unitsSold\n        revenue\n        category {\n          name\n          path\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogProductFields {\n    products(first: 100) {\n      nodes {\n        id\n        rowId\n        sku\n        name\n        description\n        price\n        cost\n        stockQuantity\n        isActive\n        tags\n        unitsSold\n        revenue\n        category {\n          name\n          path\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogProductLookups($id: ID!, $sku: String!) {\n    product(id: $id) {\n      sku\n      isActive\n      cost\n    }\n    productBySku(sku: $sku) {\n      sku\n      isActive\n      cost\n    }\n  }\n"): (typeof documents)["\n  query CatalogProductLookups($id: ID!, $sku: String!) {\n    product(id: $id) {\n      sku\n      isActive\n      cost\n    }\n    productBySku(sku: $sku) {\n      sku\n      isActive\n      cost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogCategoryProducts(\n    $id: ID!\n    $first: Int\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $orderBy: [ProductOrderBy!]\n    $includeDescendants: Boolean\n  ) {\n    category(id: $id) {\n      products(\n        first: $first\n        last: $last\n        before: $before\n        filter: $filter\n        orderBy: $orderBy\n        includeDescendants: $includeDescendants\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogCategoryProducts(\n    $id: ID!\n    $first: Int\n    $last: Int\n    $before: String\n    $filter: ProductFilter\n    $orderBy: [ProductOrderBy!]\n    $includeDescendants: Boolean\n  ) {\n    category(id: $id) {\n      products(\n        first: $first\n        last: $last\n        before: $before\n        filter: $filter\n        orderBy: $orderBy\n        includeDescendants: $includeDescendants\n      ) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogRootCategoriesWithProducts {\n    categories {\n      name\n      products(first: 1, includeDescendants: true, orderBy: [{ field: PRICE, direction: DESC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogRootCategoriesWithProducts {\n    categories {\n      name\n      products(first: 1, includeDescendants: true, orderBy: [{ field: PRICE, direction: DESC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n        }\n        nodes {\n          sku\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogStatementsProducts($first: Int) {\n    products(first: $first) {\n      totalCount\n      nodes {\n        sku\n        unitsSold\n        revenue\n        category {\n          path\n          depth\n          productCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogStatementsProducts($first: Int) {\n    products(first: $first) {\n      totalCount\n      nodes {\n        sku\n        unitsSold\n        revenue\n        category {\n          path\n          depth\n          productCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogStatementsNested($first: Int) {\n    categories {\n      path\n      productCount\n      children {\n        path\n        products(first: $first, includeDescendants: true, orderBy: [{ field: UNITS_SOLD, direction: DESC }]) {\n          totalCount\n          nodes {\n            unitsSold\n            revenue\n            category {\n              path\n              productCount\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogStatementsNested($first: Int) {\n    categories {\n      path\n      productCount\n      children {\n        path\n        products(first: $first, includeDescendants: true, orderBy: [{ field: UNITS_SOLD, direction: DESC }]) {\n          totalCount\n          nodes {\n            unitsSold\n            revenue\n            category {\n              path\n              productCount\n              parent {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogStatementsTree {\n    categoryTree {\n      level\n      category {\n        path\n        depth\n        productCount\n        parent {\n          name\n        }\n        children {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogStatementsTree {\n    categoryTree {\n      level\n      category {\n        path\n        depth\n        productCount\n        parent {\n          name\n        }\n        children {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadInputsOrdersByTotal($min: Decimal) {\n    orders(filter: { totalAmount: { gte: $min } }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReadInputsOrdersByTotal($min: Decimal) {\n    orders(filter: { totalAmount: { gte: $min } }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadInputsNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ReadInputsNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadOrderFields($number: String!) {\n    orderByNumber(orderNumber: $number) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      itemCount\n      note\n      createdAt\n      updatedAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      customer {\n        rowId\n        username\n      }\n      items {\n        id\n        rowId\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          sku\n        }\n        order {\n          orderNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadOrderFields($number: String!) {\n    orderByNumber(orderNumber: $number) {\n      id\n      rowId\n      orderNumber\n      status\n      totalAmount\n      itemCount\n      note\n      createdAt\n      updatedAt\n      confirmedAt\n      shippedAt\n      deliveredAt\n      cancelledAt\n      shippingAddress {\n        street\n        city\n        state\n        postalCode\n        country\n        type\n      }\n      customer {\n        rowId\n        username\n      }\n      items {\n        id\n        rowId\n        quantity\n        unitPrice\n        totalPrice\n        product {\n          sku\n        }\n        order {\n          orderNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadOrdersFiltered($filter: OrderFilter, $orderBy: [OrderOrderBy!]) {\n    orders(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        orderNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadOrdersFiltered($filter: OrderFilter, $orderBy: [OrderOrderBy!]) {\n    orders(first: 100, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        orderNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadCustomerOrders($id: ID!, $status: [OrderStatus!], $orderBy: [OrderOrderBy!]) {\n    user(id: $id) {\n      orders(status: $status, orderBy: $orderBy) {\n        totalCount\n        nodes {\n          orderNumber\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadCustomerOrders($id: ID!, $status: [OrderStatus!], $orderBy: [OrderOrderBy!]) {\n    user(id: $id) {\n      orders(status: $status, orderBy: $orderBy) {\n        totalCount\n        nodes {\n          orderNumber\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPaginationUsers($first: Int, $after: String, $last: Int, $before: String, $orderBy: [UserOrderBy!]) {\n    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          rowId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadPaginationUsers($first: Int, $after: String, $last: Int, $before: String, $orderBy: [UserOrderBy!]) {\n    users(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          rowId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadPaginationUserOrders($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    user(id: $id) {\n      orders(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: TOTAL_AMOUNT, direction: ASC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n          startCursor\n        }\n        nodes {\n          rowId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadPaginationUserOrders($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    user(id: $id) {\n      orders(first: $first, after: $after, last: $last, before: $before, orderBy: [{ field: TOTAL_AMOUNT, direction: ASC }]) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          endCursor\n          startCursor\n        }\n        nodes {\n          rowId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedCatalog {\n    products(first: 50, orderBy: [{ field: PRICE, direction: ASC }]) {\n      totalCount\n      nodes {\n        sku\n        price\n        stockQuantity\n        unitsSold\n      }\n    }\n  }\n"): (typeof documents)["\n  query CachedCatalog {\n    products(first: 50, orderBy: [{ field: PRICE, direction: ASC }]) {\n      totalCount\n      nodes {\n        sku\n        price\n        stockQuantity\n        unitsSold\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedProduct($id: ID!) {\n    product(id: $id) {\n      sku\n      price\n      stockQuantity\n      isActive\n    }\n  }\n"): (typeof documents)["\n  query CachedProduct($id: ID!) {\n    product(id: $id) {\n      sku\n      price\n      stockQuantity\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedCategories {\n    categories {\n      name\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query CachedCategories {\n    categories {\n      name\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CachedMe {\n    me {\n      username\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CachedMe {\n    me {\n      username\n    }\n    products(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation CacheUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation CacheCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CachePlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n    }\n  }\n"): (typeof documents)["\n  mutation CachePlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      rowId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CacheConfirmOrder($id: ID!) {\n    updateOrderStatus(id: $id, status: CONFIRMED) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CacheConfirmOrder($id: ID!) {\n    updateOrderStatus(id: $id, status: CONFIRMED) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStatementCountOrders($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        customer {\n          orderCount\n          totalSpent\n        }\n        items {\n          product {\n            category {\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStatementCountOrders($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        customer {\n          orderCount\n          totalSpent\n        }\n        items {\n          product {\n            category {\n              path\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStatementCountUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      edges {\n        node {\n          orderCount\n          averageOrderValue\n          ordersByStatus {\n            count\n          }\n          profile {\n            tags\n          }\n          orders(first: 3) {\n            totalCount\n            nodes {\n              itemCount\n              customer {\n                username\n              }\n              items {\n                product {\n                  unitsSold\n                  category {\n                    path\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStatementCountUsers($first: Int!) {\n    users(first: $first) {\n      totalCount\n      edges {\n        node {\n          orderCount\n          averageOrderValue\n          ordersByStatus {\n            count\n          }\n          profile {\n            tags\n          }\n          orders(first: 3) {\n            totalCount\n            nodes {\n              itemCount\n              customer {\n                username\n              }\n              items {\n                product {\n                  unitsSold\n                  category {\n                    path\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStatementCountShapeA {\n    products(first: 20) {\n      nodes {\n        name\n        sku\n        price\n        category {\n          name\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStatementCountShapeA {\n    products(first: 20) {\n      nodes {\n        name\n        sku\n        price\n        category {\n          name\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStatementCountShapeB($id: ID!) {\n    user(id: $id) {\n      orders(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        nodes {\n          orderNumber\n          status\n          totalAmount\n          items {\n            quantity\n            unitPrice\n            product {\n              name\n              sku\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStatementCountShapeB($id: ID!) {\n    user(id: $id) {\n      orders(first: 10, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n        nodes {\n          orderNumber\n          status\n          totalAmount\n          items {\n            quantity\n            unitPrice\n            product {\n              name\n              sku\n              category {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadStatementCountShapeC {\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes {\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        customer {\n          username\n          email\n        }\n        items {\n          quantity\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadStatementCountShapeC {\n    orders(first: 20, orderBy: [{ field: CREATED_AT, direction: DESC }]) {\n      nodes {\n        orderNumber\n        status\n        totalAmount\n        itemCount\n        customer {\n          username\n          email\n        }\n        items {\n          quantity\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadUsersFiltered($filter: UserFilter, $search: String, $orderBy: [UserOrderBy!]) {\n    users(first: 100, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadUsersFiltered($filter: UserFilter, $search: String, $orderBy: [UserOrderBy!]) {\n    users(first: 100, filter: $filter, search: $search, orderBy: $orderBy) {\n      totalCount\n      nodes {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadUserFields($id: ID!) {\n    user(id: $id) {\n      id\n      rowId\n      username\n      email\n      firstName\n      lastName\n      fullName\n      birthDate\n      phone\n      role\n      isActive\n      lastLoginAt\n      createdAt\n      updatedAt\n      deletedAt\n      orderCount\n      totalSpent\n      averageOrderValue\n      firstOrderAt\n      lastOrderAt\n      ordersByStatus {\n        status\n        count\n      }\n      profile {\n        bio\n        website\n        location\n        tags\n        preferences\n        taxId\n        address {\n          street\n          city\n          state\n          postalCode\n          country\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadUserFields($id: ID!) {\n    user(id: $id) {\n      id\n      rowId\n      username\n      email\n      firstName\n      lastName\n      fullName\n      birthDate\n      phone\n      role\n      isActive\n      lastLoginAt\n      createdAt\n      updatedAt\n      deletedAt\n      orderCount\n      totalSpent\n      averageOrderValue\n      firstOrderAt\n      lastOrderAt\n      ordersByStatus {\n        status\n        count\n      }\n      profile {\n        bio\n        website\n        location\n        tags\n        preferences\n        taxId\n        address {\n          street\n          city\n          state\n          postalCode\n          country\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReadUserStats {\n    users(first: 100) {\n      nodes {\n        rowId\n        orderCount\n        totalSpent\n        averageOrderValue\n        firstOrderAt\n        lastOrderAt\n        ordersByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReadUserStats {\n    users(first: 100) {\n      nodes {\n        rowId\n        orderCount\n        totalSpent\n        averageOrderValue\n        firstOrderAt\n        lastOrderAt\n        ordersByStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsAccessStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsAccessStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        totalSpent\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        totalSpent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        spendingRank\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        spendingRank\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        runningTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        runningTotal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        revenue\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        revenue\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          totalSpent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          totalSpent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsArgsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsArgsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsBatchingNestedRows($limit: Int) {\n    reports {\n      runningTotals(limit: $limit) {\n        runningTotal\n        order {\n          orderNumber\n          customer {\n            username\n          }\n          items {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n      }\n      salesRanking(months: 4) {\n        product {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsBatchingNestedRows($limit: Int) {\n    reports {\n      runningTotals(limit: $limit) {\n        runningTotal\n        order {\n          orderNumber\n          customer {\n            username\n          }\n          items {\n            quantity\n            product {\n              name\n            }\n          }\n        }\n      }\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n      }\n      salesRanking(months: 4) {\n        product {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n        activityCount\n        previousMonthCount\n        growth\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsActivityTrend($userId: ID!, $months: Int) {\n    reports {\n      userActivityTrend(userId: $userId, months: $months) {\n        month\n        activityCount\n        previousMonthCount\n        growth\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsDataConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsDataConsistency {\n    reports {\n      dataConsistency {\n        checkedAt\n        totalIssues\n        issues {\n          kind\n          table\n          description\n          records\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsTopCustomers($limit: Int, $from: DateTime, $to: DateTime) {\n    reports {\n      topCustomers(limit: $limit, from: $from, to: $to) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n        spendingRank\n        orderCountRank\n        spendingPercentile\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsCustomerRanking($limit: Int) {\n    reports {\n      customerRanking(limit: $limit) {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n        spendingRank\n        orderCountRank\n        spendingPercentile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsUserLists {\n    reports {\n      usersWithoutOrders {\n        username\n      }\n      usersAboveAverageSpending {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsUserLists {\n    reports {\n      usersWithoutOrders {\n        username\n      }\n      usersAboveAverageSpending {\n        user {\n          username\n        }\n        orderCount\n        totalSpent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsIndexUsage {\n    reports {\n      indexUsage {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n      unusedIndexes {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsIndexUsage {\n    reports {\n      indexUsage {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n      unusedIndexes {\n        table\n        index\n        scans\n        tuplesRead\n        tuplesFetched\n        sizeBytes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        product {\n          name\n        }\n        orderLines\n        quantitySold\n        revenue\n        averageSellingPrice\n        estimatedProfit\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {\n    reports {\n      productSales(from: $from, to: $to, limit: $limit) {\n        product {\n          name\n        }\n        orderLines\n        quantitySold\n        revenue\n        averageSellingPrice\n        estimatedProfit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsProductsNeverOrdered {\n    reports {\n      productsNeverOrdered {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsProductsNeverOrdered {\n    reports {\n      productsNeverOrdered {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsUserStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        inactiveUsers\n        registeredToday\n        registeredLast7Days\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsUserStatistics {\n    reports {\n      userStatistics {\n        totalUsers\n        activeUsers\n        inactiveUsers\n        registeredToday\n        registeredLast7Days\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsUsersWithRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsUsersWithRecentOrders($days: Int) {\n    reports {\n      usersWithRecentOrders(days: $days) {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsCustomerSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n        atRisk {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsCustomerSegments($highValueThreshold: Decimal, $activeDays: Int, $minActivity: Int) {\n    reports {\n      customerSegments(highValueThreshold: $highValueThreshold, activeDays: $activeDays, minActivity: $minActivity) {\n        vip {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n        atRisk {\n          user {\n            username\n          }\n          orderCount\n          totalSpent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        order {\n          orderNumber\n        }\n        createdAt\n        totalAmount\n        runningTotal\n        runningAverage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsRunningTotals($from: DateTime, $to: DateTime, $limit: Int) {\n    reports {\n      runningTotals(from: $from, to: $to, limit: $limit) {\n        order {\n          orderNumber\n        }\n        createdAt\n        totalAmount\n        runningTotal\n        runningAverage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        averageOrderValue\n        uniqueCustomers\n        revenueGrowth\n        isPartial\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsMonthlySales($months: Int) {\n    reports {\n      monthlySales(months: $months) {\n        month\n        orderCount\n        revenue\n        averageOrderValue\n        uniqueCustomers\n        revenueGrowth\n        isPartial\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n        product {\n          name\n        }\n        quantitySold\n        revenue\n        revenueRank\n        quantityRank\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsSalesRanking($months: Int, $topN: Int) {\n    reports {\n      salesRanking(months: $months, topN: $topN) {\n        month\n        product {\n          name\n        }\n        quantitySold\n        revenue\n        revenueRank\n        quantityRank\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;