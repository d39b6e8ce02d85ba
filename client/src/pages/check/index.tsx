import { withPageFont } from '../../components/PageFont';
import CheckTab from '../../features/check/CheckPage';

export default withPageFont(CheckTab);
