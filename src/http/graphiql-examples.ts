/** The two tabs GraphiQL opens with: the public catalog, and a signed-in customer. */

export const EXAMPLE_QUERY = /* GraphQL */ `# Welcome to the commerce API. Press the run button (or Ctrl-Enter).
# Products and categories are public. For users and orders, log in with the
# logIn mutation and send "Authorization": "Bearer <token>" in the Headers tab.
# The Docs panel (book icon) describes every type and field.
query Example {
  products(first: 5, orderBy: [{ field: PRICE, direction: DESC }]) {
    totalCount
    nodes {
      sku
      name
      price
      stockQuantity
      category {
        name
        path
      }
    }
  }
  health {
    status
    database
  }
}
`;

/** The second GraphiQL tab: what a logged-in customer sees, with the Authorization header to fill in. */
export const CUSTOMER_EXAMPLE_QUERY = /* GraphQL */ `# As a customer. 1. Put a customer's email in LogIn (an admin sees them with
# users { nodes { email } }; on the embedded demo database every seeded customer
# has the password Customer!2026) and run LogIn. 2. In the Headers tab below,
# replace <token> with the token it returned. 3. Run MyOrders: a customer sees
# only their own user and orders.
mutation LogIn {
  logIn(input: { login: "customer@example.com", password: "Customer!2026" }) {
    token
    user { username role }
  }
}

query MyOrders {
  me {
    username
    email
    orders(first: 5) {
      totalCount
      nodes { orderNumber status totalAmount itemCount createdAt }
    }
  }
}
`;
