// A file name with spaces and parentheses, as real repositories have.
export const quarter = 'Q1';
