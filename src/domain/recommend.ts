/** Which recommendation class an option belongs to (SPEC §8); the choosing itself is in kernel/recommend-rows.ts. */
import type { RecommendationClass, SizedOption } from './result';

/** Which class an option belongs to, or null (self-managed T3 belongs to none). */
export function classOfOption(option: Pick<SizedOption, 'deployment' | 'family'>): RecommendationClass | null {
  switch (option.deployment) {
    case 'msk-express':
      return 'msk-express';
    case 'msk-serverless':
      return 'msk-serverless';
    case 'msk-standard':
      return option.family === 't3'
        ? 'msk-t3'
        : option.family === 'm5'
          ? 'msk-standard-m5'
          : option.family === 'm7g'
            ? 'msk-standard-m7g'
            : null;
    case 'self-managed':
      return option.family === 'm5' ? 'self-managed-m5' : option.family === 'm7g' ? 'self-managed-m7g' : null;
  }
}
