import { withPageFont } from '../../../components/PageFont';
import CoveragePage from '../../../features/groups/CoveragePage';

export default withPageFont(CoveragePage);
