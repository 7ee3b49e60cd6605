// Statistics from Kolada: imports (file and API), the KPI picker, the comparison group.
export const sv = {};

export const en: Record<keyof typeof sv, string> = {};
