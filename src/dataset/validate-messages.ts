import type { DatasetFormat } from './dataset-format';
import type { ValidationResult } from './validate';

export interface ValidateRequest {
  id: number;
  text: string;
  format: DatasetFormat;
}

export interface ValidateResponse {
  id: number;
  result: ValidationResult;
}
