export {createStudio, newRuleId, type StudioOptions} from './app.js';
export {openDatabase, migrate, type Database} from './db/database.js';
export {Auth, hashPassword, verifyPassword, passwordParameters, roles, permissions, may, type Role, type User} from './auth.js';
export {RulesRepo, type RuleContent} from './rules-repo.js';
export {Panel, FeedbackInbox, parseFeedback, votesNeeded} from './panel.js';
export {tryProposal, proposedEntry} from './tryout.js';
export {runStudioCommand} from './command.js';
export {rulesOverview} from './overview.js';
