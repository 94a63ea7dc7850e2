export type { MessageKey } from "./da";
export { MESSAGES, placeholders, translate, type Params, type Translate } from "./translate";
export { useLang, useT } from "./use-t";
