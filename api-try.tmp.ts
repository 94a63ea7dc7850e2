import { connect } from "./tests/bench/lib/neo4j.ts";
import { startApi, gql, queryFields } from "./tests/bench/lib/api.ts";
const db = connect("bolt://127.0.0.1:7692");
const api = await startApi(db);
console.log(api.url, [...await queryFields(api.url)]);
console.log(JSON.stringify(await gql(api.url, "{ plans { id name } }")).slice(0, 300));
await api.stop(); await db.close();
