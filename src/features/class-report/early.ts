// What the educator did before the class report's code had loaded (class-report-loader.ts loads it on
// their first touch): files dropped and a "show" asked for, handed to <bw-class-report> when it starts.
export const early: { files: File[]; show: boolean } = { files: [], show: false };
