/**
 * ParcelDesk's bpmnlint rules: the static part of what the deploy-time model checks enforce
 * (see docs/designing.md), plus the house style for ids and names.
 */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-candidate-group': 'error',
        'user-task-form': 'error',
        'history-time-to-live': 'error',
        'meaningful-ids': 'error',
        'named-elements': 'error',
        'bilingual-names': 'warn'
      }
    }
  }
};
