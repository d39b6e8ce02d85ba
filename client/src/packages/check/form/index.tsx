import { withPageFont } from '../../../components/PageFont';
import CheckFormPage from '../../../features/check/FormPage';

export default withPageFont(CheckFormPage);
