// An OpenID Connect provider this project did not write: panva's
// oidc-provider (certified), configured as a company's identity provider
// would be for a native app — a public client, PKCE S256, loopback redirect
// URIs on any port (RFC 8252 §7.3), refresh tokens only with offline_access
// and prompt=consent, RFC 9207 iss in the authorization response.
//
// The interaction (login and consent) answers by itself, so a headless
// browser can drive it: it signs in as "ada" and grants what was asked, or,
// when the provider was started with --deny, answers access_denied.
//
//   node server.mjs [--deny]     prints "listening http://127.0.0.1:PORT" when ready
import Provider from 'oidc-provider';
import http from 'node:http';

const deny = process.argv.includes('--deny');
const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'connections-console',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/callback'],
  }],
  pkce: { required: () => true },
  scopes: ['openid', 'offline_access', 'profile'],
  features: { devInteractions: { enabled: false } },
  ttl: { AccessToken: 600 },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // Loopback http is this test's whole point; nothing here leaves the machine.
  clientBasedCORS: () => false,
});
provider.proxy = false;

const callback = provider.callback();
server.on('request', async (req, res) => {
  if (!req.url.startsWith('/interaction/')) {
    callback(req, res);
    return;
  }
  try {
    const details = await provider.interactionDetails(req, res);
    if (deny) {
      await provider.interactionFinished(req, res,
        { error: 'access_denied', error_description: 'Ada said <no>.' }, { mergeWithLastSubmission: false });
      return;
    }
    const accountId = 'ada';
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope || 'openid'));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res,
      { login: { accountId }, consent: { grantId } }, { mergeWithLastSubmission: false });
  } catch (e) {
    res.statusCode = 500;
    res.end(String(e));
  }
});
process.stdout.write(`listening ${issuer}\n`);
process.on('SIGTERM', () => process.exit(0));
