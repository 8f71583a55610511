// The parts of a postal address, in the order forms show them.
export const ADDRESS_FIELDS = ['line1', 'line2', 'postalCode', 'city', 'country'] as const
