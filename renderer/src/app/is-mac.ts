/** Whether this is a Mac (or an iPad): ⌘ stands where Ctrl stands elsewhere. */
export const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);
