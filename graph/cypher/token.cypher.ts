/** API tokens issued by admins: kept so they can be listed and revoked. */
export const recordToken = `
CREATE (t:ApiToken {id: $id, subject: $subject, role: $role, name: $name, createdBy: $createdBy,
  createdAt: toString(datetime()), expiresAt: $expiresAt, revoked: false})
RETURN t {.*} AS token`;

export const revokeToken = `
MATCH (t:ApiToken {id: $id})
SET t.revoked = true
RETURN t {.*} AS token`;

export const isRevoked = `
MATCH (t:ApiToken {id: $id})
RETURN t.revoked AS revoked`;

export const listTokens = `
MATCH (t:ApiToken)
RETURN t {.*} AS token
ORDER BY t.createdAt DESC
LIMIT toInteger($limit)`;
