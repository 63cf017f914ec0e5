-- A business function's, a product's and a threat's name is unique within its plan whatever its
-- letter case, as a system's is (20261130090000): "order taking" beside "Order taking" is one
-- function to the committee. Expression indexes, so they live in SQL only.
CREATE UNIQUE INDEX "BusinessFunction_planId_lower_name_key" ON "BusinessFunction"("planId", lower("name"));
CREATE UNIQUE INDEX "Product_planId_lower_name_key" ON "Product"("planId", lower("name"));
CREATE UNIQUE INDEX "Threat_planId_lower_title_key" ON "Threat"("planId", lower("title"));
