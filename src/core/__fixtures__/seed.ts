/** The seed document's example (ui-contract.md), shared by unit and end-to-end tests. */
export const seed = {
  header: '{"alg":"HS256","typ":"JWT"}',
  payload: '{"some":"payload"}',
  secret: 'secret',
  token:
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzb21lIjoicGF5bG9hZCJ9.4twFt5NiznN84AWoo1d7KO1T_yoc0Z6XOpOVswacPZg',
} as const;
