export { SchemaForm, type SchemaFormProps, type SchemaFormResult } from "./schema-form";
export { schemaResolver, toFieldName } from "./resolver";
