import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ValidationRule } from 'graphql';
import { introspectionOffRule } from './introspection-rule';

export interface ExplorerSetting {
  /** GRAPHQL_EXPLORER: introspection and GraphiQL, on by default in development only. */
  enabled: boolean;
  production: boolean;
}

/**
 * What every ApolloServer of the system (the gateway, a subgraph served alone) is given about
 * introspection and landing pages. Apollo's landing pages load from a CDN, so none is installed:
 * the explorer is our own GraphiQL (explorer-route.ts).
 */
export function explorerApolloOptions(setting: ExplorerSetting): { introspection: boolean; validationRules: ValidationRule[] } {
  // Apollo's introspection switch is left on: introspectionOffRule refuses it with a message naming the setting.
  return { introspection: true, validationRules: setting.enabled ? [] : [introspectionOffRule(setting.production)] };
}

export const noApolloLandingPage = ApolloServerPluginLandingPageDisabled;
