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
    "\n  query CatalogCategoryFields($id: ID!) {\n    category(id: $id) {\n      id\n      rowId\n      name\n      slug\n      description\n      path\n      depth\n      productCount\n      parent {\n        name\n      }\n      children {\n        name\n      }\n    }\n  }\n": typeof types.CatalogCategoryFieldsDocument,
    "\n  query CatalogCategoryBySlug($slug: String!) {\n    categoryBySlug(slug: $slug) {\n      rowId\n      path\n      depth\n    }\n  }\n": typeof types.CatalogCategoryBySlugDocument,
    "\n  query CatalogCategories($parentId: ID) {\n    categories(parentId: $parentId) {\n      name\n      path\n      depth\n      productCount\n    }\n  }\n": typeof types.CatalogCategoriesDocument,
    "\n  query CatalogCategoryTree {\n    categoryTree {\n      parentId\n      level\n      path\n      category {\n        id\n        rowId\n        name\n        path\n        depth\n        productCount\n        parent {\n          rowId\n        }\n        children {\n          rowId\n        }\n      }\n    }\n  }\n": typeof types.CatalogCategoryTreeDocument,
};
const documents: Documents = {
    "\n  query Health {\n    health {\n      status\n      database\n      version\n    }\n  }\n": types.HealthDocument,
    "\n  query CatalogCategoryFields($id: ID!) {\n    category(id: $id) {\n      id\n      rowId\n      name\n      slug\n      description\n      path\n      depth\n      productCount\n      parent {\n        name\n      }\n      children {\n        name\n      }\n    }\n  }\n": types.CatalogCategoryFieldsDocument,
    "\n  query CatalogCategoryBySlug($slug: String!) {\n    categoryBySlug(slug: $slug) {\n      rowId\n      path\n      depth\n    }\n  }\n": types.CatalogCategoryBySlugDocument,
    "\n  query CatalogCategories($parentId: ID) {\n    categories(parentId: $parentId) {\n      name\n      path\n      depth\n      productCount\n    }\n  }\n": types.CatalogCategoriesDocument,
    "\n  query CatalogCategoryTree {\n    categoryTree {\n      parentId\n      level\n      path\n      category {\n        id\n        rowId\n        name\n        path\n        depth\n        productCount\n        parent {\n          rowId\n        }\n        children {\n          rowId\n        }\n      }\n    }\n  }\n": types.CatalogCategoryTreeDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;