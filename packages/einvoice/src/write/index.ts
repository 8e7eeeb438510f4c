export { writeUbl } from './ubl';
export { writeCii } from './cii';
