/** The admin's token, kept for this browser tab only. */
const KEY = 'commerce-admin-token';

export const session = {
  token: (): string | null => sessionStorage.getItem(KEY),
  save: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};
