import { EXERCISE_TYPE_LABELS } from "@/lib/exercises/schemas";

export const typeLabel = (type: keyof typeof EXERCISE_TYPE_LABELS) => EXERCISE_TYPE_LABELS[type];
