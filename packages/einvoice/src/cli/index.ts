// Command-line entry points of the e-invoice package, dispatched by the `chorale` command.
export { runValidate } from './validate';
export { runConvert } from './convert';
