/**
 * Needed and available memory side by side, each in `format`'s words; both in MiB when the two
 * differ but would read alike, so that a host a few MiB short is not shown needing exactly what it
 * has ("20,688 MiB of 20,650 MiB", never "20.2 GiB of 20.2 GiB").
 */
export function memoryPair({ neededMiB, availableMiB, format }: { neededMiB: number; availableMiB: number; format: (mib: number) => string }): [string, string] {
  const alike = neededMiB !== availableMiB && format(neededMiB) === format(availableMiB);
  return alike ? [mibText(neededMiB), mibText(availableMiB)] : [format(neededMiB), format(availableMiB)];
}

const mibText = (mib: number) => `${mib.toLocaleString("en-GB")} MiB`;
