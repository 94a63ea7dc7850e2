/** A file that cannot be imported as a plan: the message is the one-line reason shown to the user. */
export class ImportError extends Error {
  override name = "ImportError";
}
