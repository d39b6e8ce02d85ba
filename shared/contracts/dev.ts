/** The local host's dev sign-in (GET /dev/users): a demo account. Local development only. */
export interface DevUser {
  openid: string;
  name: string;
  role: string;
  roleLabel: string;
  description: string;
}
