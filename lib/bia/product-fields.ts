type ProductFields = { name: string; description: string; departmentId: string | null };

/** The fields of a product that the audit log records before and after a change. */
export function productSnapshot(product: ProductFields) {
  return { name: product.name, description: product.description, departmentId: product.departmentId };
}

/** What the product form calls each audited field, for a refused stale save. */
export const PRODUCT_LABELS = { name: "Name", description: "Description", departmentId: "Department" };
