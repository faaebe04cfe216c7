import { getPool } from "./pool";

/**
 * A parameterised statement straight on the pool: sql`SELECT … WHERE id = ${id}`. Only for the few
 * statements that run on every request crossing the boundary (token lookup, instance load, the
 * request-log writes), where Prisma's query compilation costs more CPU than the statement itself.
 * Everything else goes through Prisma.
 */
export async function sql<T = Record<string, unknown>>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> {
  const text = strings.reduce((out, part, index) => (index === 0 ? part : `${out}$${index}${part}`), "");
  const result = await getPool().query(text, values);
  return result.rows as T[];
}
