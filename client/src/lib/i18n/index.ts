export type { MessageKey } from "./da";
export { isLoaded, loadMessages, MESSAGES, placeholders, translate, type Params, type Translate } from "./translate";
export { useLang, useT } from "./use-t";
