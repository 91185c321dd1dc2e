import { useState } from 'react';
import { request } from '../api';
import { ErrorNotice, Panel, useAction, useLoad } from '../components';
import { graphql } from '../gql';
import type { BulkProductChangesInput, ProductFilter } from '../gql/graphql';

const ProductList = graphql(`
  query AdminProducts($search: String, $after: String) {
    products(first: 20, after: $after, search: $search, orderBy: [{ field: NAME, direction: ASC }]) {
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
`);

const Tree = graphql(`
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
`);

const UpdateProduct = graphql(`
  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      id
      name
      price
      isActive
    }
  }
`);

const AdjustStock = graphql(`
  mutation AdminAdjustStock($productId: ID!, $delta: Int!) {
    adjustStock(productId: $productId, delta: $delta, reason: "Adjusted in the admin console") {
      id
      stockQuantity
    }
  }
`);

const BulkUpdate = graphql(`
  mutation AdminUpdateProducts($filter: ProductFilter!, $changes: BulkProductChangesInput!, $dryRun: Boolean!) {
    updateProducts(filter: $filter, changes: $changes, dryRun: $dryRun) {
      dryRun
      count
    }
  }
`);

type Product = Awaited<ReturnType<typeof loadProducts>>['nodes'][number];
const loadProducts = async (search: string, after: string | null) =>
  (await request(ProductList, { search: search.trim() || null, after })).products;

function ProductRow({ product, onSaved }: { product: Product; onSaved: () => void }) {
  const [price, setPrice] = useState(product.price);
  const [delta, setDelta] = useState('');
  const action = useAction();
  return (
    <>
      <tr data-sku={product.sku}>
        <td>{product.sku}</td>
        <td>{product.name}</td>
        <td>{product.category?.name ?? '—'}</td>
        <td>
          <input name="price" size={8} value={price} onChange={(event) => setPrice(event.target.value)} />
          <button
            type="button"
            className="secondary"
            disabled={action.busy || price === product.price}
            onClick={async () => {
              if (await action.run(() => request(UpdateProduct, { id: product.id, input: { price } }))) onSaved();
            }}
          >
            Save
          </button>
        </td>
        <td className="number">{product.stockQuantity}</td>
        <td>
          <input
            name="delta"
            size={4}
            placeholder="±"
            value={delta}
            onChange={(event) => setDelta(event.target.value)}
          />
          <button
            type="button"
            className="secondary"
            disabled={action.busy || !/^-?\d+$/.test(delta)}
            onClick={async () => {
              if (await action.run(() => request(AdjustStock, { productId: product.id, delta: Number(delta) }))) {
                setDelta('');
                onSaved();
              }
            }}
          >
            Adjust
          </button>
        </td>
        <td>{product.isActive ? 'active' : <span className="badge">inactive</span>}</td>
      </tr>
      {action.error ? (
        <tr>
          <td colSpan={7}>
            <ErrorNotice error={action.error} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function BulkActions({ onApplied }: { onApplied: () => void }) {
  const [nameContains, setNameContains] = useState('');
  const [percent, setPercent] = useState('');
  const [active, setActive] = useState<'' | 'true' | 'false'>('');
  const [addTag, setAddTag] = useState('');
  const [preview, setPreview] = useState<number | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const action = useAction();
  const filter: ProductFilter = nameContains.trim() ? { name: { contains: nameContains.trim() } } : {};
  const changes: BulkProductChangesInput = {
    ...(percent.trim() ? { priceChangePercent: percent.trim() } : {}),
    ...(active ? { isActive: active === 'true' } : {}),
    ...(addTag.trim() ? { addTags: [addTag.trim()] } : {}),
  };
  const run = async (dryRun: boolean) => {
    const result = await action.run(() => request(BulkUpdate, { filter, changes, dryRun }));
    if (!result) return;
    if (dryRun) setPreview(result.updateProducts.count);
    else {
      setApplied(result.updateProducts.count);
      setPreview(null);
      onApplied();
    }
  };
  return (
    <Panel title="Bulk change">
      <div className="toolbar">
        <input
          name="bulkName"
          placeholder="Name contains…"
          value={nameContains}
          onChange={(event) => {
            setNameContains(event.target.value);
            setPreview(null);
          }}
        />
        <input
          name="bulkPercent"
          size={10}
          placeholder="Price % (-10.00)"
          value={percent}
          onChange={(event) => {
            setPercent(event.target.value);
            setPreview(null);
          }}
        />
        <select
          name="bulkActive"
          value={active}
          onChange={(event) => setActive(event.target.value as '' | 'true' | 'false')}
        >
          <option value="">Active: unchanged</option>
          <option value="true">Activate</option>
          <option value="false">Deactivate</option>
        </select>
        <input
          name="bulkTag"
          size={10}
          placeholder="Add tag"
          value={addTag}
          onChange={(event) => setAddTag(event.target.value)}
        />
        <button type="button" className="secondary" disabled={action.busy} onClick={() => run(true)}>
          Preview
        </button>
        <button type="button" disabled={action.busy || preview === null} onClick={() => run(false)}>
          Apply
        </button>
      </div>
      {preview !== null ? <p data-testid="bulk-preview">{preview} product(s) would change.</p> : null}
      {applied !== null ? <p data-testid="bulk-applied">{applied} product(s) changed.</p> : null}
      <ErrorNotice error={action.error} />
    </Panel>
  );
}

export function Products() {
  const [search, setSearch] = useState('');
  const [more, setMore] = useState<Product[]>([]);
  const page = useLoad(() => loadProducts(search, null), [search]);
  const tree = useLoad(() => request(Tree, {}), []);
  const [cursor, setCursor] = useState<string | null>(null);
  const rows = [...(page.data?.nodes ?? []), ...more];
  const reload = async () => {
    setMore([]);
    setCursor(null);
    await page.reload();
  };
  const next = cursor ?? page.data?.pageInfo.endCursor ?? null;
  const hasNext = more.length > 0 ? cursor !== null : page.data?.pageInfo.hasNextPage;
  return (
    <>
      <BulkActions onApplied={reload} />
      <div className="grid">
        <Panel title={`Products (${page.data?.totalCount ?? '…'})`}>
          <div className="toolbar">
            <input
              name="search"
              placeholder="Search name, SKU, description…"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
                setMore([]);
                setCursor(null);
              }}
            />
          </div>
          <ErrorNotice error={page.error} />
          <table data-testid="products">
            <thead>
              <tr>
                <th>SKU</th>
                <th>Name</th>
                <th>Category</th>
                <th>Price</th>
                <th className="number">Stock</th>
                <th>Adjust</th>
                <th>State</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((product) => (
                <ProductRow
                  key={`${product.id}-${product.price}-${product.stockQuantity}`}
                  product={product}
                  onSaved={reload}
                />
              ))}
            </tbody>
          </table>
          {hasNext && next ? (
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                const page2 = await loadProducts(search, next);
                setMore((current) => [...current, ...page2.nodes]);
                setCursor(page2.pageInfo.hasNextPage ? (page2.pageInfo.endCursor ?? null) : null);
              }}
            >
              Load more
            </button>
          ) : null}
        </Panel>
        <Panel title="Categories">
          <ErrorNotice error={tree.error} />
          <ul className="tree">
            {(tree.data?.categoryTree ?? []).map((node) => (
              <li key={node.category.id} style={{ paddingLeft: node.level * 16 }}>
                {node.category.name} <span className="muted">({node.category.productCount})</span>
              </li>
            ))}
          </ul>
        </Panel>
      </div>
    </>
  );
}
